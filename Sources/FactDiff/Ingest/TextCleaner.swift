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
        var bytes: [UInt8] = []
        var columns: [Int32] = []
        bytes.reserveCapacity(line.utf8.count)
        columns.reserveCapacity(line.utf8.count + 1)
        var column: Int32 = 1
        var pendingSpace = false

        func emit(_ output: some Sequence<UInt8>, at column: Int32) {
            for byte in output {
                if byte == UInt8(ascii: " ") {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if pendingSpace {
                    bytes.append(UInt8(ascii: " "))
                    columns.append(column)
                    pendingSpace = false
                }
                bytes.append(byte)
                columns.append(column)
            }
        }

        if line.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in line.utf8 {
                switch byte {
                case 0x09: emit(CollectionOfOne(UInt8(ascii: " ")), at: column)
                case 0x00..<0x20, 0x7F: break
                default: emit(CollectionOfOne(byte), at: column)
                }
                column += 1
            }
        } else {
            // ASCII by bytes, the rest by Characters: at the start of a
            // Character, an ASCII byte followed by another (or the end) is a
            // Character of its own; CR LF, a base letter with a combining
            // accent or a prepended mark is not, and goes the slow way.
            let utf8 = line.utf8
            var index = line.startIndex
            while index < line.endIndex {
                let byte = utf8[index]
                let next = utf8.index(after: index)
                if byte < 0x80, byte != 0x0D, next == utf8.endIndex || utf8[next] < 0x80 {
                    if byte == 0x09 {
                        emit(CollectionOfOne(UInt8(ascii: " ")), at: column)
                    } else if byte >= 0x20, byte != 0x7F {
                        emit(CollectionOfOne(byte), at: column)
                    }
                    column += 1
                    index = next
                    continue
                }
                let character = line[index...].first!
                index = line.index(after: index)
                let scalars = character.unicodeScalars
                if scalars.count == 1, let scalar = scalars.first {
                    if scalar.isASCII {
                        // ASCII is already NFC: only tabs and controls change.
                        let byte = UInt8(scalar.value)
                        if byte == 0x09 {
                            emit(CollectionOfOne(UInt8(ascii: " ")), at: column)
                        } else if byte >= 0x20, byte != 0x7F {
                            emit(CollectionOfOne(byte), at: column)
                        }
                    } else {
                        emit(replacement(for: scalar).utf8, at: column)
                    }
                } else {
                    let composed = String(character).precomposedStringWithCanonicalMapping
                    emit(composed.unicodeScalars.map(replacement(for:)).joined().utf8, at: column)
                }
                column += Int32(scalars.count)
            }
        }
        columns.append(column)
        return Result(text: String(decoding: bytes, as: UTF8.self), columns: columns)
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
