using HardwareToken.Core.Protocol;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Protocol
{
    /// <summary>
    /// Pins every number that is on the wire to docs/protocol.md §2, §4, §7. Changing one breaks deployed
    /// tokens or hosts: add new values, never renumber.
    /// </summary>
    [TestClass]
    public class ProtocolNumbersTests
    {
        [TestMethod]
        public void OpcodeValues()
        {
            Assert.AreEqual(0x01, (int)Opcode.Info, "Info");
            Assert.AreEqual(0x02, (int)Opcode.ListSlots, "ListSlots");
            Assert.AreEqual(0x03, (int)Opcode.PutSecret, "PutSecret");
            Assert.AreEqual(0x04, (int)Opcode.DeleteSlot, "DeleteSlot");
            Assert.AreEqual(0x05, (int)Opcode.WipeAll, "WipeAll");
            Assert.AreEqual(0x06, (int)Opcode.SetTime, "SetTime");
            Assert.AreEqual(0x07, (int)Opcode.Verify, "Verify");
        }

        [TestMethod]
        public void StatusValues()
        {
            Assert.AreEqual(0x00, (int)Status.Ok, "Ok");
            Assert.AreEqual(0x01, (int)Status.AwaitingButton, "AwaitingButton");
            Assert.AreEqual(0x10, (int)Status.BadFrame, "BadFrame");
            Assert.AreEqual(0x11, (int)Status.BadCrc, "BadCrc");
            Assert.AreEqual(0x12, (int)Status.UnsupportedVersion, "UnsupportedVersion");
            Assert.AreEqual(0x13, (int)Status.UnknownCommand, "UnknownCommand");
            Assert.AreEqual(0x14, (int)Status.BadArgument, "BadArgument");
            Assert.AreEqual(0x20, (int)Status.Busy, "Busy");
            Assert.AreEqual(0x21, (int)Status.NotAllowed, "NotAllowed");
            Assert.AreEqual(0x22, (int)Status.NotConfirmed, "NotConfirmed");
            Assert.AreEqual(0x23, (int)Status.ConfirmTimeout, "ConfirmTimeout");
            Assert.AreEqual(0x24, (int)Status.StorageFull, "StorageFull");
            Assert.AreEqual(0x25, (int)Status.ClockNotSet, "ClockNotSet");
            Assert.AreEqual(0x26, (int)Status.StorageError, "StorageError");
        }

        [TestMethod]
        public void DetailValuesMatchTheAccountsModuleAndTheSpec()
        {
            Assert.AreEqual(0, (int)StatusDetail.None, "None");
            Assert.AreEqual(1, (int)StatusDetail.SlotOutOfRange, "SlotOutOfRange");
            Assert.AreEqual(2, (int)StatusDetail.LabelEmpty, "LabelEmpty");
            Assert.AreEqual(3, (int)StatusDetail.LabelTooLong, "LabelTooLong");
            Assert.AreEqual(4, (int)StatusDetail.LabelNotPrintableAscii, "LabelNotPrintableAscii");
            Assert.AreEqual(5, (int)StatusDetail.SecretEmpty, "SecretEmpty");
            Assert.AreEqual(6, (int)StatusDetail.SecretTooLong, "SecretTooLong");
            Assert.AreEqual(7, (int)StatusDetail.DigitsUnsupported, "DigitsUnsupported");
            Assert.AreEqual(8, (int)StatusDetail.PeriodUnsupported, "PeriodUnsupported");
            Assert.AreEqual(0x20, (int)StatusDetail.PayloadLength, "PayloadLength");
            Assert.AreEqual(0x21, (int)StatusDetail.TimeOutOfRange, "TimeOutOfRange");
            Assert.AreEqual(0x22, (int)StatusDetail.SlotEmpty, "SlotEmpty");
            Assert.AreEqual(0x30, (int)StatusDetail.FrameTooLong, "FrameTooLong");
        }

        [TestMethod]
        public void FrameConstants()
        {
            Assert.AreEqual(0xA5, (int)FrameFormat.Magic0, "magic 0");
            Assert.AreEqual(0x5A, (int)FrameFormat.Magic1, "magic 1");
            Assert.AreEqual(1, (int)FrameFormat.Version, "version");
            Assert.AreEqual(0x80, FrameFormat.ResponseFlag, "response flag");
            Assert.AreEqual(6, FrameFormat.HeaderLength, "header");
            Assert.AreEqual(4, FrameFormat.CrcLength, "crc");
            Assert.AreEqual(1000, FrameFormat.InterByteTimeoutMilliseconds, "inter-byte timeout");
            Assert.AreEqual(30, ProtocolLimits.ConfirmSeconds, "confirm seconds");
            Assert.AreEqual(60, ProtocolLimits.VerifyWindowSeconds, "verify window");
            Assert.AreEqual(8, ProtocolLimits.SlotCount, "slots");
            Assert.AreEqual(12, ProtocolLimits.MaxLabelLength, "label");
            Assert.AreEqual(64, ProtocolLimits.MaxSecretLength, "secret");
        }

        [TestMethod]
        public void LargestRequestAndResponseFit()
        {
            int largestPut = 5 + ProtocolLimits.MaxLabelLength + ProtocolLimits.MaxSecretLength;
            int largestList = 2 + 1 + (ProtocolLimits.SlotCount * (8 + ProtocolLimits.MaxLabelLength));
            int largestInfo = 2 + 29 + ProtocolLimits.MaxFirmwareVersionLength;
            Assert.AreEqual(81, largestPut, "PutSecret");
            Assert.AreEqual(163, largestList, "ListSlots");
            Assert.IsTrue(largestPut <= FrameFormat.MaxPayload && largestList <= FrameFormat.MaxPayload && largestInfo <= FrameFormat.MaxPayload, "fit");
        }
    }
}
