using HardwareToken.Cli.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

[TestClass]
public sealed class WipeCommandTests
{
    private static readonly string[] Port = ["--port", SimulatedToken.PortPath];

    [TestMethod]
    public void ErasesOneSlotAfterTheQuestionAndThePress()
    {
        using SimulatedToken token = TwoAccounts();
        CliRun no = new DeviceCli(token) { Keys = [], Stdin = "\n" }.Run(["wipe", .. Port, "--slot", "2"]);
        Assert.AreEqual(ExitCodes.DeviceRefused, no.ExitCode, no.ToString());
        StringAssert.Contains(no.Error, "slot 2 holds \"two\". Erase it? [y/N]");
        Assert.AreEqual(2, token.Inspect(app => app.Accounts.UsedCount));

        CliRun yes = new DeviceCli(token) { Keys = [], Stdin = "yes\n" }.Run(["wipe", .. Port, "--slot", "2"]);
        Assert.AreEqual(ExitCodes.Ok, yes.ExitCode, yes.ToString());
        Assert.AreEqual("slot 2 (\"two\") erased\n", yes.Out);
        Assert.IsTrue(token.Inspect(app => app.Accounts.IsUsed(0) && !app.Accounts.IsUsed(1)));
    }

    [TestMethod]
    public void WithoutAKeyboardItNeedsForce()
    {
        using SimulatedToken token = TwoAccounts();
        CliRun run = new DeviceCli(token).Run(["wipe", .. Port]);
        Assert.AreEqual(ExitCodes.UsageError, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "the token holds 2 accounts (1 \"one\", 2 \"two\"); add --force to erase them");
        Assert.AreEqual(2, token.Inspect(app => app.Accounts.UsedCount));
    }

    [TestMethod]
    public void WipesEverythingButTheClock()
    {
        using SimulatedToken token = TwoAccounts();
        int syncs = token.Inspect(app => app.Clock.SyncCount);
        CliRun run = new DeviceCli(token).Run(["wipe", .. Port, "--force"]);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        Assert.AreEqual("all accounts erased (2)\n", run.Out);
        StringAssert.Contains(run.Error, "press the button on the token to confirm: erase all 2 accounts");
        Assert.AreEqual(0, token.Inspect(app => app.Accounts.UsedCount));
        Assert.AreEqual(syncs, token.Inspect(app => app.Clock.SyncCount));
    }

    [TestMethod]
    public void DeclinedOnTheTokenKeepsTheAccounts()
    {
        using SimulatedToken token = TwoAccounts();
        CliRun run = new DeviceCli(token) { Button = Button.LongPress }.Run(["wipe", .. Port, "--slot", "1", "--force"]);
        Assert.AreEqual(ExitCodes.DeviceRefused, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "the token refused DeleteSlot: declined on the token");
        Assert.AreEqual(2, token.Inspect(app => app.Accounts.UsedCount));
    }

    [TestMethod]
    public void AnEmptySlotOrTokenIsNothingToDo()
    {
        using var token = new SimulatedToken();
        CliRun all = new DeviceCli(token).Run(["wipe", .. Port]);
        Assert.AreEqual(ExitCodes.Ok, all.ExitCode, all.ToString());
        Assert.AreEqual("the token holds no accounts; nothing to erase\n", all.Out);

        CliRun one = new DeviceCli(token).Run(["wipe", .. Port, "--slot", "8"]);
        Assert.AreEqual(ExitCodes.Ok, one.ExitCode, one.ToString());
        Assert.AreEqual("slot 8 is already empty; nothing to erase\n", one.Out);
        Assert.IsFalse(one.Error.Contains("press the button", System.StringComparison.Ordinal));
    }

    private static SimulatedToken TwoAccounts()
    {
        var token = new SimulatedToken();
        foreach ((string slot, string label) in new[] { ("1", "one"), ("2", "two") })
        {
            CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()) }.Run(["provision", .. Port, "--slot", slot, "--label", label, "--no-time-sync"]);
            Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        }

        return token;
    }
}
