/// A conflict's identity for baselines and permalinks.
///
/// Built from what the conflict is, never from where it is: the kind, and for
/// each claim the article id, the value, the evidence and the words of its
/// sentence. Moving lines or editing other sentences leaves it unchanged.
/// FNV-1a (64 bit) rather than `Hasher`, whose seed changes every run.
public enum Fingerprint {
    public static func of(kind: ConflictKind, claims: [(article: String, claim: Claim, sentence: String)]) -> String {
        var parts = [kind.rawValue]
        for item in claims.sorted(by: { ($0.article, $0.claim.value) < ($1.article, $1.claim.value) }) {
            parts.append(item.article)
            parts.append(item.claim.value)
            parts.append(canonical(item.claim.evidenceText))
            parts.append(canonical(item.sentence))
        }
        return hex(fnv1a(parts.joined(separator: "\u{1F}")))
    }

    /// Lowercase letters and digits, single spaces: whitespace and
    /// punctuation changes do not make a new conflict.
    static func canonical(_ text: String) -> String {
        var out: [UInt8] = []
        var space = false
        for byte in text.utf8 {
            let isWord = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
            if isWord {
                if space, !out.isEmpty { out.append(0x20) }
                space = false
                out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else {
                space = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
