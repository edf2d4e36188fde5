using System;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.App;

namespace HardwareToken.Fuzz.Tests.Storage;

/// <summary>A command that makes the token write its storage once confirmed, and the state it starts from.</summary>
public sealed class StorageOperation
{
    public StorageOperation(string name, Lazy<PreState> pre, Action<TokenHarness> request, bool setsTime)
    {
        Name = name;
        Pre = pre;
        Request = request;
        SetsTime = setsTime;
    }

    public string Name { get; }

    public Lazy<PreState> Pre { get; }

    /// <summary>Sends the request and checks the AwaitingButton reply.</summary>
    public Action<TokenHarness> Request { get; }

    /// <summary>True for SetTime: the press starts a sync that writes the RTC, then storage.</summary>
    public bool SetsTime { get; }

    /// <summary>The confirming press, and for SetTime the time the sync takes.</summary>
    public void Confirm(TokenHarness h)
    {
        h.ConfirmPress();
        if (SetsTime)
        {
            h.Run(2500);
        }
    }

    public override string ToString() => Name;

    public static Action<TokenHarness> Send(Opcode opcode, byte[] payload) => h =>
    {
        h.Send(opcode, payload, 50);
        h.Single(Status.AwaitingButton);
    };

    public static void SendSetTime(TokenHarness h)
    {
        h.AlignToSecond();
        h.Send(Opcode.SetTime, TokenHarness.Time(h.TrueUnixSeconds), 50);
        h.Single(Status.AwaitingButton);
    }
}
