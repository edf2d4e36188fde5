using System;
using HardwareToken.Core.Ports;

namespace HardwareToken.Core.App
{
    /// <summary>
    /// The token's state machine: button, screens, serial provisioning, storage and sleep.
    /// (Being built: see issue 3. The public surface below is fixed so the firmware and the emulator can bind to it.)
    /// </summary>
    public sealed class TokenApp
    {
        private readonly ITokenPlatform _platform;
        private readonly TokenConfig _config;

        public TokenApp(ITokenPlatform platform, TokenConfig config)
        {
            if (platform == null)
            {
                throw new ArgumentNullException("platform");
            }

            _platform = platform;
            _config = config == null ? new TokenConfig() : config;
        }

        /// <summary>Call once after power-on or wake: loads storage, checks the clock, draws the first screen.</summary>
        public void Boot()
        {
        }

        /// <summary>
        /// Call in a loop. Handles queued button edges and serial bytes, redraws when needed, and sleeps the
        /// token when idle. Returns how many milliseconds the caller may wait before the next call (at most 50).
        /// </summary>
        public int Step()
        {
            return 50;
        }
    }
}
