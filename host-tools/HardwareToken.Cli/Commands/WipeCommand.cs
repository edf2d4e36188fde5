using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using HardwareToken.Cli.Device;
using HardwareToken.Protocol;

namespace HardwareToken.Cli.Commands;

/// <summary>
/// <c>hwtoken wipe</c>: erases one slot (DeleteSlot) or every slot (WipeAll). Asks y/N first unless --force;
/// the token then asks for its button. The clock and drift estimate are kept.
/// </summary>
internal static class WipeCommand
{
    public static Command Create(CliEnvironment env)
    {
        Option<int?> slotOption = SlotNumber.CreateOption("Erase only this slot, 1 to 8 (as the token's screen numbers them). Without it, every slot is erased.");
        var command = new Command(
            "wipe",
            "Erase one account (--slot N) or all of them. hwtoken asks y/N first (unless --force), then the token asks for its\n"
            + "button: a press erases, a long press cancels. The clock and its drift estimate are kept.\n"
            + "Remove the token from your AWS account (IAM > Security credentials) before erasing its only copy of the secret.\n\n"
            + "Examples:\n"
            + "  hwtoken wipe --port /dev/ttyUSB0 --slot 2\n"
            + "  hwtoken wipe --port /dev/ttyUSB0 --force      (all accounts, no y/N question)");
        command.Options.Add(DeviceOptions.Port);
        command.Options.Add(slotOption);
        command.Options.Add(DeviceOptions.Force);
        command.SetAction(parse => Run(env, parse, slotOption));
        return command;
    }

    private static int Run(CliEnvironment env, ParseResult parse, Option<int?> slotOption)
    {
        int? userSlot = parse.GetValue(slotOption);
        bool force = parse.GetValue(DeviceOptions.Force);
        string port = PortChoice.Resolve(env, parse.GetValue(DeviceOptions.Port));
        using TokenConnection device = TokenConnection.Open(env, port);
        ProvisionCommand.Describe(env, device);
        IReadOnlyList<SlotInfo> slots = device.Session.ListSlots();

        if (userSlot is int shown)
        {
            int slot = SlotNumber.ToWire(shown);
            SlotInfo? used = slots.FirstOrDefault(s => s.Index == slot);
            if (used is null)
            {
                env.Out.WriteLine($"slot {shown} is already empty; nothing to erase");
                return ExitCodes.Ok;
            }

            Ask(env, force, $"slot {shown} holds \"{used.Label}\"", "Erase it?", "erase it");
            using (var prompt = new ButtonPrompt(env, $"erase slot {shown} (\"{used.Label}\")"))
            {
                device.Session.DeleteSlot(slot, prompt.Start);
            }

            env.Out.WriteLine($"slot {shown} (\"{used.Label}\") erased");
            return ExitCodes.Ok;
        }

        if (slots.Count == 0)
        {
            env.Out.WriteLine("the token holds no accounts; nothing to erase");
            return ExitCodes.Ok;
        }

        string list = string.Join(", ", slots.Select(s => $"{SlotNumber.ToUser(s.Index)} \"{s.Label}\""));
        Ask(env, force, $"the token holds {slots.Count} account{(slots.Count == 1 ? string.Empty : "s")} ({list})", "Erase all of them?", "erase them");
        using (var prompt = new ButtonPrompt(env, $"erase all {slots.Count} accounts"))
        {
            device.Session.WipeAll(prompt.Start);
        }

        env.Out.WriteLine($"all accounts erased ({slots.Count})");
        return ExitCodes.Ok;
    }

    private static void Ask(CliEnvironment env, bool force, string situation, string question, string forceMeans)
    {
        if (force)
        {
            env.Error.WriteLine(situation + "; erasing (--force)");
            return;
        }

        Confirmation.Require(env, situation, question, forceMeans);
    }
}
