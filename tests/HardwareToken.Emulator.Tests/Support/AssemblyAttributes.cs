using System.Runtime.Versioning;
using Microsoft.VisualStudio.TestTools.UnitTesting;

// The end-to-end tests start processes and pseudo-terminals; on a 2-core machine they are steadier one at a time.
[assembly: DoNotParallelize]

// The emulator's serial port is a pseudo-terminal and its state folder relies on Unix file modes.
[assembly: UnsupportedOSPlatform("windows")]
