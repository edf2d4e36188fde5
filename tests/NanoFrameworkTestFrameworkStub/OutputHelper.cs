using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Test output; on the device it goes to the console the launcher reads.</summary>
    public static class OutputHelper
    {
        public static void Write(string message)
        {
            Console.Write(message);
        }

        public static void WriteLine(string message)
        {
            Console.WriteLine(message);
        }
    }
}
