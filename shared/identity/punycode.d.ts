// The userland `punycode` package ships no types, and the bare name 'punycode' is Node's
// deprecated built-in (banned in shared/ by lint), so we import its file path explicitly.
declare module 'punycode/punycode.js' {
  const punycode: {
    toASCII(domain: string): string;
    toUnicode(domain: string): string;
  };
  export default punycode;
}
