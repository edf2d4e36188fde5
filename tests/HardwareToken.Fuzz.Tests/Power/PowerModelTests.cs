using HardwareToken.Simulations.Power;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Fuzz.Tests.Power;

/// <summary>
/// The claims docs/power.md makes, checked on the same simulation (the real TokenApp through a day of use): the warm
/// window catches the second press without a boot, the policies rank as the page says, and the targets come out as
/// the page reports them.
/// </summary>
[TestClass]
public class PowerModelTests
{
    [TestMethod]
    public void TheWarmWindowTurnsTheSecondPressIntoALightSleepWake()
    {
        PowerDayResult deep = PowerDay.Run("deep", 0, 6);
        PowerDayResult twoStage = PowerDay.Run("two-stage", 60000, 6);
        Assert.AreEqual(8, deep.PressesDeep, "6 sign-ins, 2 of them with a second press: every press boots");
        Assert.AreEqual(8, deep.Boots);
        Assert.AreEqual(6, twoStage.Boots, "only the first press of a sign-in boots");
        Assert.AreEqual(2, twoStage.PressesLight, "the second press 40 s later finds the token in light sleep");
        Assert.AreEqual(0, deep.LightSeconds);
    }

    [TestMethod]
    public void LightSleepOnlyNeverBootsAndCostsTheMost()
    {
        PowerDayResult light = PowerDay.Run("light", int.MaxValue, 5);
        PowerDayResult twoStage = PowerDay.Run("two-stage", 60000, 5);
        Assert.AreEqual(0, light.Boots);
        Assert.IsTrue(light.LightSeconds > 86000, "light sleep around the clock");
        Assert.IsTrue(light.BatteryDays(PowerBoard.BareModule, 1000) < twoStage.BatteryDays(PowerBoard.BareModule, 1000) / 5);
    }

    [TestMethod]
    public void TheTargetsComeOutAsDocsPowerSays()
    {
        double thirtySeconds = PowerDay.Run("two-stage", 60000, 5).BatteryDays(PowerBoard.BareModule, 1000);
        double fifteenSeconds = PowerDay.Run("two-stage", 60000, 5, 15000).BatteryDays(PowerBoard.BareModule, 1000);
        Assert.IsTrue(thirtySeconds > 300 && thirtySeconds < 365, "30 s display: short of a year (" + thirtySeconds + ")");
        Assert.IsTrue(fifteenSeconds >= 365, "15 s display: at least a year (" + fifteenSeconds + ")");
        Assert.IsTrue(PowerLatency.Light(400) <= 150, "warm-window press-to-code at 400 kHz");
        Assert.IsTrue(PowerLatency.Light(100) > 150, "and over at 100 kHz, as the page says");
        Assert.IsTrue(PowerDay.Run("two-stage", 60000, 5).BatteryDays(PowerBoard.DevKitC, 1000) < 15, "a DevKitC lasts days");
    }
}
