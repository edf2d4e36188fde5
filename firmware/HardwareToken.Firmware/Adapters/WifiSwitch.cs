using System.Net.NetworkInformation;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// Keeps the ESP32's Wi-Fi off (package nanoFramework.System.Net, class <see cref="Wireless80211Configuration"/>):
    /// the token never uses the radio, but the stock image starts it at every boot unless told otherwise.
    /// </summary>
    /// <remarks>
    /// <para>nf-interpreter: at first boot <c>InitialiseWirelessDefaultConfig</c>
    /// (<c>targets/ESP32/_common/targetHAL_ConfigurationManager.cpp</c>) stores the station configuration as
    /// AutoConnect | Enable | SmartConfig, and before <c>Main</c> runs the network start-up reaches
    /// <c>NF_ESP32_InitaliseWifi</c> (<c>targets/ESP32/_Network/NF_ESP32_Wireless.cpp</c>), which calls
    /// <c>esp_wifi_start()</c> whenever that configuration has the Enable flag: radio current and a longer boot at every
    /// wake. A configuration with <c>Options = Disable</c> makes the expected Wi-Fi mode NULL, and the radio is not
    /// started. The native only tests the Enable bit, so anything but exactly <c>Disable</c> is rewritten. The save is
    /// persisted by <c>ConfigurationManager_UpdateConfigurationBlock</c> (nf-interpreter
    /// <c>src/DeviceInterfaces/System.Net/sys_net_native_System_Net_NetworkInformation_Wireless80211Configuration.cpp</c>).</para>
    /// <para>Stored once: the configuration is written only when it is not already Disable, so the flash sees one
    /// write in the token's life, plus one after anything that restores the default (a lost or reformatted
    /// configuration store, <c>nanoff --masserase</c> or <c>--nobackupconfig</c>; docs/firmware.md). The boot that
    /// writes it still has the radio on until it sleeps. The configuration lives as a file in the same LittleFS
    /// partition as I:\ (<c>targets/ESP32/_common/targetHAL_ConfigStorageLittlefs.c</c>).</para>
    /// <para><c>SaveConfiguration</c> rejects a null <c>Ssid</c> and dereferences <c>Password</c> (System.Net
    /// 1.11.54 <c>Wireless80211Configuration.ValidateConfiguration</c>), hence the empty strings.</para>
    /// </remarks>
    public static class WifiSwitch
    {
        /// <summary>Stores every Wi-Fi station configuration as disabled unless it already is; true when one was written.</summary>
        public static bool KeepStationOff()
        {
            Wireless80211Configuration[] all = Wireless80211Configuration.GetAllWireless80211Configurations();
            bool wrote = false;
            for (int i = 0; i < all.Length; i++)
            {
                Wireless80211Configuration station = all[i];
                if (station == null)
                {
                    continue;
                }

                if (station.Options == Wireless80211Configuration.ConfigurationOptions.Disable)
                {
                    continue;
                }

                station.Options = Wireless80211Configuration.ConfigurationOptions.Disable;
                if (station.Ssid == null)
                {
                    station.Ssid = string.Empty;
                }

                if (station.Password == null)
                {
                    station.Password = string.Empty;
                }

                station.SaveConfiguration();
                wrote = true;
            }

            return wrote;
        }
    }
}
