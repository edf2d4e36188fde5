#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Screens
{
    /// <summary>
    /// Every screen sample of <see cref="ScreenSamples"/> has its reviewed text-art snapshot in Snapshots/, and each
    /// snapshot file is its own test (Snapshots/*/XSnapshot.MatchesTheRenderedScreen). The art sits in two folders so
    /// that no nanoFramework test assembly's 64 KB string table fills up (docs/testing.md, "String table").
    /// </summary>
    [TestClass]
    public class ScreenSnapshotTests
    {
        [TestMethod]
        public void EverySampleHasASnapshotTest()
        {
            // Adding a sample without a snapshot file (and raising this count) fails here.
            Assert.AreEqual(13, ScreenSamples.Names.Length, "samples");
        }
    }
}
