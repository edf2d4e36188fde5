using System;
using System.Collections.Generic;
using HardwareToken.Core.Ports;
using HardwareToken.Firmware.Adapters;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Hardware.Tests
{
    /// <summary>The button adapter's queue (Adapters/EdgeQueue.cs) against the IButton contract.</summary>
    [TestClass]
    public sealed class EdgeQueueTests
    {
        private static List<ButtonEdge> Drain(EdgeQueue queue)
        {
            List<ButtonEdge> edges = new List<ButtonEdge>();
            while (queue.TryTake(out ButtonEdge edge))
            {
                edges.Add(edge);
            }

            return edges;
        }

        [TestMethod]
        public void EmptyQueueTakesNothing()
        {
            EdgeQueue queue = new EdgeQueue();
            Assert.IsFalse(queue.TryTake(out ButtonEdge edge));
            Assert.IsFalse(edge.Pressed);
            Assert.AreEqual(0, queue.Count);
        }

        [TestMethod]
        public void EdgesComeOutOldestFirstWithTheirTimes()
        {
            EdgeQueue queue = new EdgeQueue();
            Assert.IsTrue(queue.Add(true, 100));
            Assert.IsTrue(queue.Add(false, 180));
            Assert.IsTrue(queue.Add(true, 2000));
            List<ButtonEdge> edges = Drain(queue);
            Assert.AreEqual(3, edges.Count);
            Assert.IsTrue(edges[0].Pressed);
            Assert.AreEqual(100L, edges[0].AtMilliseconds);
            Assert.IsFalse(edges[1].Pressed);
            Assert.AreEqual(180L, edges[1].AtMilliseconds);
            Assert.IsTrue(edges[2].Pressed);
            Assert.AreEqual(2000L, edges[2].AtMilliseconds);
        }

        [TestMethod]
        public void ARepeatedStateIsDropped()
        {
            EdgeQueue queue = new EdgeQueue();
            Assert.IsFalse(queue.Add(false, 1), "a release with no press before it");
            Assert.IsTrue(queue.Add(true, 2));
            Assert.IsFalse(queue.Add(true, 3), "a bounce reported twice");
            Assert.IsTrue(queue.Add(false, 4));
            Assert.IsFalse(queue.Add(false, 5));
            Assert.AreEqual(2, queue.Count);
            queue.TryTake(out _);
            queue.TryTake(out _);
            Assert.IsFalse(queue.Add(false, 6), "the state survives draining the queue");
        }

        [TestMethod]
        public void HoldsAtLeastEightEdges()
        {
            Assert.IsTrue(EdgeQueue.Capacity >= 8);
            Assert.AreEqual(0, EdgeQueue.Capacity % 2, "overflow drops a press/release pair");
        }

        [TestMethod]
        public void OverflowDropsTheOldestPairAndKeepsAlternation()
        {
            EdgeQueue queue = new EdgeQueue();
            int total = EdgeQueue.Capacity + 6;
            for (int i = 0; i < total; i++)
            {
                Assert.IsTrue(queue.Add(i % 2 == 0, i));
            }

            List<ButtonEdge> edges = Drain(queue);
            Assert.AreEqual(EdgeQueue.Capacity, edges.Count);
            Assert.AreEqual((long)(total - EdgeQueue.Capacity), edges[0].AtMilliseconds, "oldest kept edge");
            Assert.IsTrue(edges[0].Pressed);
            for (int i = 0; i < edges.Count; i++)
            {
                Assert.AreEqual(i % 2 == 0, edges[i].Pressed, "alternation at " + i);
                Assert.AreEqual(edges[0].AtMilliseconds + i, edges[i].AtMilliseconds);
            }
        }

        [TestMethod]
        public void RandomBouncesNeverBreakTheContract()
        {
            // Model: whatever the driver reports, the consumer sees press, release, press, ... in time order.
            Random random = new Random(27);
            EdgeQueue queue = new EdgeQueue();
            bool expectPress = true;
            long lastTime = -1;
            for (int step = 0; step < 200000; step++)
            {
                if (random.Next(3) != 0)
                {
                    queue.Add(random.Next(2) == 0, step);
                }
                else if (queue.TryTake(out ButtonEdge edge))
                {
                    Assert.AreEqual(expectPress, edge.Pressed, "alternation at step " + step);
                    Assert.IsTrue(edge.AtMilliseconds > lastTime, "time order at step " + step);
                    expectPress = !expectPress;
                    lastTime = edge.AtMilliseconds;
                }

                Assert.IsTrue(queue.Count <= EdgeQueue.Capacity);
            }
        }

        [TestMethod]
        public void ALostReleaseIsRestoredFromThePinLevel()
        {
            // The driver reported the press but lost the release (its debounce sample caught a bounce).
            EdgeQueue queue = new EdgeQueue();
            queue.Add(true, 100);
            Assert.IsTrue(queue.TryTake(out ButtonEdge press) && press.Pressed);
            Assert.IsFalse(queue.Reconcile(false, 300), "first poll that sees the pin released");
            Assert.IsFalse(queue.Reconcile(false, 310), "10 ms later: still inside a debounce window");
            Assert.IsTrue(queue.Reconcile(false, 340), "two polls 40 ms apart: the release is missing");
            List<ButtonEdge> edges = Drain(queue);
            Assert.AreEqual(1, edges.Count);
            Assert.IsFalse(edges[0].Pressed);
            Assert.AreEqual(300, edges[0].AtMilliseconds);
            Assert.IsFalse(queue.Reconcile(false, 400), "agrees now");
        }

        [TestMethod]
        public void ALateDriverEventAfterARestoredEdgeIsDropped()
        {
            EdgeQueue queue = new EdgeQueue();
            Assert.IsFalse(queue.Reconcile(true, 0));
            Assert.IsTrue(queue.Reconcile(true, 50));
            Assert.IsFalse(queue.Add(true, 60), "the driver's own press event, late: a repeat");
            Assert.IsTrue(queue.Add(false, 200));
            List<ButtonEdge> edges = Drain(queue);
            Assert.AreEqual(2, edges.Count);
            Assert.IsTrue(edges[0].Pressed);
            Assert.AreEqual(0, edges[0].AtMilliseconds);
        }

        [TestMethod]
        public void ARestoredEdgeIsNeverStampedBeforeTheNewestQueuedOne()
        {
            // A press and a release arrive between two polls that both see the pin pressed: the press is missing
            // again, and its stamp cannot go back before the release just queued.
            EdgeQueue queue = new EdgeQueue();
            Assert.IsFalse(queue.Reconcile(true, 0));
            queue.Add(true, 10);
            queue.Add(false, 30);
            Assert.IsTrue(queue.Reconcile(true, 50));
            List<ButtonEdge> edges = Drain(queue);
            Assert.AreEqual(3, edges.Count);
            Assert.AreEqual(30, edges[2].AtMilliseconds);
            Assert.IsTrue(edges[2].Pressed);
        }
    }
}
