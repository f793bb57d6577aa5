import Snowball

extension ConflictKind {
    public static let ordinal = ConflictKind(rawValue: "ordinal")
}

/// Two aligned sentences that count the same thing differently: "the
/// second major crash on the line" against "the third serious crash".
///
/// Ordinals are compared only when they count the same kind of thing: the
/// same head noun, one WordNet relates to it ("country", "nation"), or two
/// nouns for one appearance of a player or team ("match", "appearance"),
/// and the same names before the head ("World Cup").
/// "First" is how news states records, and records are narrowed ("the first
/// country to land near the south pole"): a "first" is compared with another
/// rank only when the other sentence holds everything that narrows it.
public struct OrdinalConflictRule: ConflictRule {
    public let kind = ConflictKind.ordinal

    public init() {}

    public func conflicts(in pair: AlignedPair) -> [Conflict] {
        let first = pair.first.mentions(.ordinal)
        let second = pair.second.mentions(.ordinal)
        guard !first.isEmpty, !second.isEmpty, let stemmer = Stemmer() else { return [] }
        let termsA = pair.first.contentTerms.all
        let termsB = pair.second.contentTerms.all
        var candidates: [(score: Int, i: Int, j: Int)] = []
        for (i, m) in first.enumerated() {
            guard let x = m.value.downcast(to: OrdinalMention.self) else { continue }
            for (j, n) in second.enumerated() {
                guard let y = n.value.downcast(to: OrdinalMention.self), Self.countTheSameThing(x, y, stemmer: stemmer),
                    Self.names(x) == Self.names(y)
                else { continue }
                if x.rank != y.rank {
                    if x.rank == 1, !x.qualifiers.allSatisfy(termsB.contains) { continue }
                    if y.rank == 1, !y.qualifiers.allSatisfy(termsA.contains) { continue }
                }
                let shared = Set(x.modifiers.map { $0.lowercased() }).intersection(y.modifiers.map { $0.lowercased() }).count
                candidates.append(((x.rank == y.rank ? 100 : 0) + (x.head == y.head ? 2 : 0) + shared, i, j))
            }
        }
        var result: [Conflict] = []
        for c in MentionPairing.bestFirst(candidates) {
            // An agreeing pair is taken first and reports nothing.
            let (m, n) = (first[c.i], second[c.j])
            guard let x = m.value.downcast(to: OrdinalMention.self), let y = n.value.downcast(to: OrdinalMention.self), x.rank != y.rank else { continue }
            let message = "\(pair.first.article.id) says \(x.spoken), \(pair.second.article.id) says \(y.spoken)"
            result.append(.between(kind, .error, message: message, in: pair, (m, x.description), (n, y.description)))
        }
        return result
    }

    /// Whether two heads name one kind of thing counted.
    static func countTheSameThing(_ x: OrdinalMention, _ y: OrdinalMention, stemmer: Stemmer) -> Bool {
        let a = Word.normalise(x.head)
        let b = Word.normalise(y.head)
        if a == b { return true }
        if occasions.contains(a), occasions.contains(b) { return true }
        let (sa, sb) = (stemmer.stem(a), stemmer.stem(b))
        if sa == sb { return true }
        let ga = Lexicon.english.groups(of: sa)
        let gb = Lexicon.english.groups(of: sb)
        return ga.contains { gb.contains($0) }
    }

    /// Capitalised modifiers: a name narrows the count ("his 26th World Cup
    /// match" is not "his 100th match"; "the first Cabinet meeting" is not
    /// "the second White House meeting"), so two ordinals are compared only
    /// with the same names before their heads.
    static func names(_ x: OrdinalMention) -> Set<String> {
        Set(x.modifiers.filter { ($0.utf8.first ?? 0) >= UInt8(ascii: "A") && ($0.utf8.first ?? 0) <= UInt8(ascii: "Z") }.map { $0.lowercased() })
    }

    /// Nouns for one outing of a player or team: "his 26th match" and "his
    /// 25th appearance" count the same thing.
    static let occasions: WordSet = ["match", "game", "appearance", "outing", "start", "cap", "fixture"]
}
