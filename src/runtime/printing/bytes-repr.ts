/**
 * CPython's `repr(bytes)`: b'...' with single quotes unless the data holds a
 * single quote and no double quote; backslash, the chosen quote, \t \n \r
 * escaped; other bytes outside printable ASCII as \xhh (lowercase hex).
 */
export function pyBytesRepr(data: Uint8Array): string {
  const hasSingle = data.includes(0x27);
  const hasDouble = data.includes(0x22);
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const byte of data) {
    const ch = String.fromCharCode(byte);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (byte === 0x09) out += '\\t';
    else if (byte === 0x0a) out += '\\n';
    else if (byte === 0x0d) out += '\\r';
    else if (byte < 0x20 || byte >= 0x7f) out += '\\x' + byte.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}
