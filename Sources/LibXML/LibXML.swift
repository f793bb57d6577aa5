internal import CLibXML2

/// Process-wide libxml2 set-up, shared by every document this module builds.
enum LibXML {
    /// `xmlInitParser` must run once before threads use libxml2; a Swift
    /// `static let` initialiser runs exactly once, thread-safely.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() {
        _ = initialized
    }

    /// Text as libxml2 may store it: C strings end at NUL, and HTML forbids
    /// most C0 and C1 control characters, so those become U+FFFD. Tabs and
    /// line breaks stay.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0xFDD0...0xFDEF: return true
        default: return scalar.value & 0xFFFE == 0xFFFE
        }
    }
}
