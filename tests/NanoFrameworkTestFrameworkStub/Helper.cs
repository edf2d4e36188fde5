namespace nanoFramework.TestFramework
{
    /// <summary>Shared between the launcher and the adapter in the real library.</summary>
    public static class Helper
    {
        /// <summary>
        /// When a method carries both [TestMethod] and [DataRow], returns the attributes without the [TestMethod]
        /// (the rows alone run); otherwise returns <paramref name="attribs"/> itself.
        /// </summary>
        public static object[] RemoveTestMethodIfDataRowExists(object[] attribs)
        {
            string testMethod = typeof(TestMethodAttribute).FullName;
            string dataRow = typeof(DataRowAttribute).FullName;
            bool hasTestMethod = false;
            bool hasDataRow = false;
            foreach (object a in attribs)
            {
                hasTestMethod |= a.GetType().FullName == testMethod;
                hasDataRow |= a.GetType().FullName == dataRow;
            }

            if (!hasTestMethod || !hasDataRow)
            {
                return attribs;
            }

            object[] kept = new object[attribs.Length - 1];
            int n = 0;
            foreach (object a in attribs)
            {
                if (a.GetType().FullName != testMethod)
                {
                    kept[n++] = a;
                }
            }

            return kept;
        }
    }
}
