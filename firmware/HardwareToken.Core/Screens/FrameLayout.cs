namespace HardwareToken.Core.Screens
{
    /// <summary>
    /// Geometry of the SSD1306 frame the core renders: 128x64 pixels, 1 bit each, stored the way the
    /// controller's GDDRAM stores them. Byte <c>page * 128 + x</c> holds the 8 pixels of column <c>x</c> in
    /// rows <c>page * 8 .. page * 8 + 7</c>, bit 0 at the top.
    /// </summary>
    public static class FrameLayout
    {
        public const int Width = 128;
        public const int Height = 64;
        public const int Pages = Height / 8;
        public const int Size = Width * Pages;
    }
}
