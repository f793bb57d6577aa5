import Foundation

/// The one place where article text is normalised: typographic quotes become
/// straight quotes, the many Unicode spaces one space, dashes a hyphen,
/// invisible format characters go, and everything is in NFC.
///
/// Later stages match text byte by byte, so two outlets' "talks" must be the
/// same bytes whatever their typesetting. The cleaner records, for every
/// byte it writes, the column of the original character, so diagnostics can
/// still point into the file the user has.
public enum TextCleaner {
    public struct Result: Hashable, Sendable {
        public var text: String
        /// One entry per UTF-8 byte of `text` plus one for its end: the
        /// 1-based column (in Unicode scalars) in the original line.
        public var columns: [Int32]
    }

    public static func clean(_ line: Substring) -> Result {
        var contiguous = line
        return contiguous.withUTF8 { clean(line, bytes: $0) }
    }

    /// The line's bytes walked once, a Character at a time. Most Characters
    /// are one scalar that starts no longer Character: ASCII, and the
    /// Latin letters and punctuation of news (``isSimple(_:)``), when the
    /// next scalar is of those too. They are cleaned from their bytes; the
    /// rest (combining accents, emoji sequences, other scripts) go through
    /// Swift's Characters, as the cleaner was first written.
    private static func clean(_ line: Substring, bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var out = Output(capacity: bytes.count)
        let count = bytes.count
        var k = 0
        while k < count {
            let byte = bytes[k]
            if byte < 0x80 {
                // A CR may start CR LF, and an ASCII byte before a
                // combining mark is a longer Character.
                if byte != 0x0D, Self.startsSimpleCharacter(bytes, at: k + 1) {
                    if byte == 0x09 {
                        out.emit(UInt8(ascii: " "))
                    } else if byte >= 0x20, byte != 0x7F {
                        out.emit(byte)
                    }
                    out.column += 1
                    k += 1
                    continue
                }
            } else if let (scalar, length) = Self.simpleScalar(bytes, at: k), Self.startsSimpleCharacter(bytes, at: k + length) {
                if Self.isNFCAsIs(scalar) {
                    // Not one the replacements change: as it stands.
                    for j in k..<(k + length) { out.emit(bytes[j]) }
                } else {
                    // A simple scalar is a valid one.
                    out.emit(replacement(for: Unicode.Scalar(scalar)!))
                }
                out.column += 1
                k += length
                continue
            }
            // The Character at byte k, and where the next one starts.
            let index = line.utf8.index(line.utf8.startIndex, offsetBy: k)
            let character = line[index...].first!
            let next = line.index(after: index)
            k = line.utf8.distance(from: line.utf8.startIndex, to: next)
            let scalars = character.unicodeScalars
            if scalars.count == 1, let scalar = scalars.first {
                out.emit(replacement(for: scalar))
            } else {
                let composed = String(character).precomposedStringWithCanonicalMapping
                for scalar in composed.unicodeScalars { out.emit(replacement(for: scalar)) }
            }
            out.column += Int32(scalars.count)
        }
        out.columns.append(out.column)
        return Result(text: String(decoding: out.bytes, as: UTF8.self), columns: out.columns)
    }

    /// The cleaned bytes and their columns as they are written. A struct
    /// with mutating methods rather than a local function over captured
    /// variables, which Swift checks for exclusive access at run time on
    /// every byte.
    private struct Output {
        var bytes: [UInt8] = []
        var columns: [Int32] = []
        /// The original column of the character being written.
        var column: Int32 = 1
        /// A space is written only before the next other byte, so runs of
        /// spaces become one and none ends the line.
        var pendingSpace = false

        init(capacity: Int) {
            bytes.reserveCapacity(capacity)
            columns.reserveCapacity(capacity + 1)
        }

        @inline(__always)
        mutating func emit(_ byte: UInt8) {
            if byte == UInt8(ascii: " ") {
                pendingSpace = !bytes.isEmpty
                return
            }
            if pendingSpace {
                bytes.append(UInt8(ascii: " "))
                columns.append(column)
                pendingSpace = false
            }
            bytes.append(byte)
            columns.append(column)
        }

        mutating func emit(_ text: String) {
            for byte in text.utf8 { emit(byte) }
        }
    }

    /// Whether a Character boundary falls before byte k for certain, the
    /// character before it being simple: at the end, before an ASCII byte,
    /// or before a simple scalar. No simple scalar is a combining mark, a
    /// joiner or a prepended mark, the only things Unicode's rules join to
    /// an ASCII or Latin character before or after them (besides CR LF).
    @inline(__always)
    private static func startsSimpleCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        k >= bytes.count || bytes[k] < 0x80 || simpleScalar(bytes, at: k) != nil
    }

    /// The scalar whose UTF-8 starts at byte k, and its length, when it is
    /// simple (``isSimple(_:)``).
    @inline(__always)
    private static func simpleScalar(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> (UInt32, Int)? {
        let lead = bytes[k]
        if lead >= 0xC2, lead <= 0xDF, k + 1 < bytes.count {
            let scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F)
            return isSimple(scalar) ? (scalar, 2) : nil
        }
        if lead == 0xE2, k + 2 < bytes.count {
            let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F)
            return isSimple(scalar) ? (scalar, 3) : nil
        }
        return nil
    }

    /// Latin-1's and Latin Extended's letters and signs, the spacing
    /// modifiers, and General Punctuation but for the two joiners: no
    /// Unicode grapheme rule joins one to what stands before or after it
    /// (they are neither combining marks, nor joiners, nor prepended).
    @inline(__always)
    static func isSimple(_ scalar: UInt32) -> Bool {
        (scalar >= 0xA0 && scalar <= 0x2FF) || (scalar >= 0x2000 && scalar <= 0x206F && scalar != 0x200C && scalar != 0x200D)
    }

    /// Whether ``replacement(for:)`` gives a simple scalar back unchanged:
    /// it is its own NFC (checked for every simple scalar in the tests)
    /// and none of the replacements' cases.
    @inline(__always)
    static func isNFCAsIs(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0, 0xAB, 0xAD, 0xBB, 0x2BC, 0x2000...0x200B, 0x2010...0x2015, 0x2018...0x201F, 0x2026, 0x202F, 0x2032,
            0x2033, 0x205F, 0x2060:
            return false
        default: return true
        }
    }

    /// What one scalar becomes; the empty string drops it.
    static func replacement(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: return " "
        case 0x00..<0x20, 0x7F...0x9F: return ""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212: return "-"
        // A dash between words is punctuation, not a hyphen joining them.
        case 0x2014, 0x2015: return " - "
        case 0x2026: return "..."
        case 0x00AD, 0x200B, 0x2060, 0xFEFF: return ""
        default:
            return String(String(scalar).precomposedStringWithCanonicalMapping)
        }
    }
}
