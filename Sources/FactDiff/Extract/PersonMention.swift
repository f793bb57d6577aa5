import Foundation

extension MentionKind {
    public static let person = MentionKind(rawValue: "person")
    public static let role = MentionKind(rawValue: "role")
}

/// A person named in a sentence: "Paulo Dybala", "Judge Regina Chu", "Mr Khan".
///
/// Two mentions are the same person when their surnames match and their
/// given names, where both have one, do too: outlets add and drop first
/// names, titles and honours ("Sir Michael Caine", "Michael Caine", "Mr
/// Caine") far more often than they confuse two people of one surname.
public struct PersonMention: MentionValue, Hashable {
    /// The name as written, without title: "Regina Chu".
    public var name: String
    /// Lowercase name words: ["regina", "chu"].
    public var parts: [String] { didSet { key = Self.key(of: parts) } }
    /// The canonical title written before the name, if any ("judge").
    public var title: String?
    /// Letters only, accents dropped: "Moïse" and "Moise" are one name.
    /// Kept with the parts, since people are compared pair by pair.
    private var key: String

    public init(name: String, parts: [String], title: String? = nil) {
        self.name = name
        self.parts = parts
        self.title = title
        self.key = Self.key(of: parts)
    }

    public var surname: String { parts.last ?? "" }
    public var givenName: String? { parts.count > 1 ? parts.first : nil }

    /// Same surname, and the given names, where both have any, share one;
    /// or the same letters once spaces and hyphens go ("Kim Jong-un", "Kim
    /// Jong Un").
    public func isSamePerson(as other: PersonMention) -> Bool {
        if key == other.key { return true }
        guard surname == other.surname else {
            // "Reince Priebus" and "Reince Preibus": one person misspelt.
            return parts.count > 1 && Self.nearlyEqual(surname, other.surname)
                && Set(parts.dropLast()) == Set(other.parts.dropLast())
        }
        let given = Set(parts.dropLast()), otherGiven = Set(other.parts.dropLast())
        return given.isEmpty || otherGiven.isEmpty || !given.isDisjoint(with: otherGiven)
    }

    /// At most two letters changed, added or dropped, in names of five or more.
    static func nearlyEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard min(x.count, y.count) >= 5, abs(x.count - y.count) <= 2 else { return false }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count] <= 2
    }

    private static func key(of parts: [String]) -> String {
        // ASCII names, nearly all, have no accent to fold: only hyphens go.
        if parts.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
            var bytes: [UInt8] = []
            for part in parts { bytes += part.utf8.filter { $0 != UInt8(ascii: "-") } }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(String.UnicodeScalarView(parts.joined().unicodeScalars.lazy.flatMap { scalar in
            Self.folded(scalar).unicodeScalars
        }.filter { $0 != "-" }))
    }

    /// A Latin letter without its accent, through its canonical decomposition.
    private static func folded(_ scalar: Unicode.Scalar) -> String {
        guard scalar.value >= 0xC0 else { return String(scalar) }
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        return String(base)
    }

    /// The name's words and the parts of hyphenated ones, as an article's
    /// capitalised words are indexed.
    public var nameParts: [String] {
        parts.flatMap { part in [part] + (part.utf8.contains(UInt8(ascii: "-")) ? part.split(separator: "-").map(String.init) : []) }
    }

    public func isSame(as other: any MentionValue) -> Bool {
        guard let other = other.downcast(to: PersonMention.self) else { return false }
        return isSamePerson(as: other)
    }

    public var description: String { "person:\(parts.joined(separator: " "))" }
}

/// A post a sentence gives a person: "chief executive of the CMA",
/// "Aston Villa goalkeeper", "Arsenal's", "who chairs the CMA".
public struct RoleMention: MentionValue, Hashable {
    public var person: PersonMention
    /// The canonical title and its kind (``RoleTitles``); nil when only the
    /// organisation is given ("Arsenal's Emiliano Martínez").
    public var title: String?
    public var category: String?
    /// The organisation as written, without "the" or possessive.
    public var organisation: String?
    /// "former chief executive": a past post, which agrees with any present one.
    public var former: Bool

    public init(person: PersonMention, title: String?, category: String?, organisation: String?, former: Bool) {
        self.person = person
        self.title = title
        self.category = category
        self.organisation = organisation
        self.former = former
    }

    /// A readable form for messages: "chief executive of CMA", "Arsenal".
    public var spoken: String {
        var text = (former ? "former " : "") + (title ?? "")
        if let organisation { text += text.isEmpty ? organisation : " of \(organisation)" }
        return text
    }

    public func isSame(as other: any MentionValue) -> Bool {
        guard let other = other.downcast(to: RoleMention.self) else { return false }
        return person.isSamePerson(as: other.person) && title == other.title
            && RoleMention.sameOrganisation(organisation, other.organisation)
    }

    /// Organisations match when one names the other, in full or by its
    /// initials ("CMA" and "Competition and Markets Authority"), or when
    /// either is unknown.
    static func sameOrganisation(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        let x = a.lowercased(), y = b.lowercased()
        if x == y || x.contains(y) || y.contains(x) { return true }
        return initials(a) == b.lowercased() || initials(b) == a.lowercased()
    }

    private static func initials(_ name: String) -> String {
        let skip: Set<String> = ["and", "of", "the", "for", "&"]
        return String(name.split(separator: " ").filter { !skip.contains($0.lowercased()) }.compactMap(\.first)).lowercased()
    }

    public var description: String {
        "role:\(person.surname):\(former ? "former " : "")\(title ?? "-")@\(organisation ?? "-")"
    }
}
