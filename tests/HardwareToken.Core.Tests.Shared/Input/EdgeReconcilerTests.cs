using HardwareToken.Core.Input;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Input
{
    /// <summary>
    /// The lost-edge rule: two polls at least 20 ms apart that both disagree with the queue add the missing edge,
    /// stamped at the first of them; agreement, a bounce or a change of direction in between starts over.
    /// </summary>
    [TestClass]
    public class EdgeReconcilerTests
    {
        [TestMethod]
        public void AgreementNeverAddsAnEdge()
        {
            EdgeReconciler reconciler = new EdgeReconciler();
            for (long t = 0; t < 1000; t += 7)
            {
                bool pressed = (t / 100) % 2 == 1;
                Assert.IsFalse(reconciler.Poll(pressed, pressed, t), "at " + t.ToString());
            }
        }

        [TestMethod]
        public void ALostReleaseIsAddedAfterTwoPollsTwentyMillisecondsApart()
        {
            EdgeReconciler reconciler = new EdgeReconciler();
            Assert.IsFalse(reconciler.Poll(true, false, 1000), "first disagreeing poll");
            Assert.IsFalse(reconciler.Poll(true, false, 1019), "19 ms later: could still be the driver's debounce");
            Assert.IsTrue(reconciler.Poll(true, false, 1020), "20 ms later: the release is missing");
            Assert.AreEqual(1000L, reconciler.MissingEdgeAt, "stamped when first seen");
        }

        [TestMethod]
        public void ALostPressIsAddedToo()
        {
            EdgeReconciler reconciler = new EdgeReconciler();
            Assert.IsFalse(reconciler.Poll(false, true, 500));
            Assert.IsTrue(reconciler.Poll(false, true, 550));
            Assert.AreEqual(500L, reconciler.MissingEdgeAt);
        }

        [TestMethod]
        public void AnAgreeingPollInBetweenStartsOver()
        {
            EdgeReconciler reconciler = new EdgeReconciler();
            Assert.IsFalse(reconciler.Poll(true, false, 0));
            Assert.IsFalse(reconciler.Poll(true, true, 10), "bounce back: agrees");
            Assert.IsFalse(reconciler.Poll(true, false, 25), "disagrees again: a new first poll");
            Assert.IsFalse(reconciler.Poll(true, false, 44));
            Assert.IsTrue(reconciler.Poll(true, false, 45));
            Assert.AreEqual(25L, reconciler.MissingEdgeAt);
        }

        [TestMethod]
        public void TheQueueCatchingUpEndsTheDisagreement()
        {
            // The driver's event arrives late (after a blocking call): the queue now agrees, nothing is added.
            EdgeReconciler reconciler = new EdgeReconciler();
            Assert.IsFalse(reconciler.Poll(false, true, 0));
            Assert.IsFalse(reconciler.Poll(true, true, 100));
            Assert.IsFalse(reconciler.Poll(true, true, 200));
        }

        [TestMethod]
        public void ADisagreementInTheOtherDirectionStartsOver()
        {
            // The queue's belief flipped between polls (an edge arrived) and the pin disagrees the other way now.
            EdgeReconciler reconciler = new EdgeReconciler();
            Assert.IsFalse(reconciler.Poll(false, true, 0));
            Assert.IsFalse(reconciler.Poll(true, false, 30), "a new disagreement, first seen now");
            Assert.IsTrue(reconciler.Poll(true, false, 50));
            Assert.AreEqual(30L, reconciler.MissingEdgeAt);
        }

        [TestMethod]
        public void AfterAnAddedEdgeTheNextDisagreementNeedsTwoPollsAgain()
        {
            EdgeReconciler reconciler = new EdgeReconciler();
            Assert.IsFalse(reconciler.Poll(true, false, 0));
            Assert.IsTrue(reconciler.Poll(true, false, 50));

            // Suppose the caller's add was refused (the driver's own event got there first): the queue still
            // disagrees, and the reconciler asks again only after another 20 ms.
            Assert.IsFalse(reconciler.Poll(true, false, 60));
            Assert.IsTrue(reconciler.Poll(true, false, 80));
            Assert.AreEqual(60L, reconciler.MissingEdgeAt);
        }
    }
}
