using System.Text;

namespace HardwareToken.Hardware.Tests.Support
{
    /// <summary>Strips comments from C# source (string and char literals kept) so scans do not trip over prose.</summary>
    internal static class CSharpSource
    {
        public static string WithoutComments(string source)
        {
            StringBuilder code = new StringBuilder(source.Length);
            int i = 0;
            while (i < source.Length)
            {
                char c = source[i];
                char next = i + 1 < source.Length ? source[i + 1] : '\0';
                if (c == '/' && next == '/')
                {
                    while (i < source.Length && source[i] != '\n')
                    {
                        i++;
                    }
                }
                else if (c == '/' && next == '*')
                {
                    i += 2;
                    while (i + 1 < source.Length && !(source[i] == '*' && source[i + 1] == '/'))
                    {
                        i++;
                    }

                    i += 2;
                }
                else if (c == '"' || c == '\'')
                {
                    bool verbatim = i > 0 && source[i - 1] == '@';
                    code.Append(c);
                    i++;
                    while (i < source.Length)
                    {
                        char d = source[i];
                        code.Append(d);
                        i++;
                        if (!verbatim && d == '\\' && i < source.Length)
                        {
                            code.Append(source[i]);
                            i++;
                        }
                        else if (d == c)
                        {
                            if (verbatim && i < source.Length && source[i] == c)
                            {
                                code.Append(source[i]);
                                i++;
                            }
                            else
                            {
                                break;
                            }
                        }
                    }
                }
                else
                {
                    code.Append(c);
                    i++;
                }
            }

            return code.ToString();
        }
    }
}
