extension ConflictKind {
    public static let attribution = ConflictKind(rawValue: "attribution")
}

/// One remark credited to different speakers: "'This is a historic day for
/// London,' Mr Khan said" against "'This is a historic day for London,'
/// said Andy Byford".
///
/// The two quotes must be one remark by the quote rule's own test
/// (``QuoteConflictRule/diffOfSameRemark(_:_:aligned:minimum:)``), and long enough to
/// be one person's words rather than a stock phrase (five shared words);
/// both sentences must name a person as the speaker, and the two must be
/// different people. The evidence is each speaker's name.
public struct AttributionConflictRule: ConflictRule {
    public let kind = ConflictKind.attribution

    /// Words two copies of a remark share, at least: "thank you very much"
    /// is said by many.
    static let minimumShared = 5

    public init() {}

    public func conflicts(in pair: AlignedPair) -> [Conflict] {
        var result: [Conflict] = []
        for m in pair.first.mentions(.quote) {
            guard let x = m.value.downcast(to: QuoteMention.self), !x.speaker.isEmpty else { continue }
            for n in pair.second.mentions(.quote) {
                guard let y = n.value.downcast(to: QuoteMention.self), !y.speaker.isEmpty,
                    let a = speaker(x, in: pair.first), let b = speaker(y, in: pair.second),
                    let p = a.value.downcast(to: PersonMention.self), let q = b.value.downcast(to: PersonMention.self), !p.isSamePerson(as: q),
                    p.surname != q.surname
                else { continue }
                // "Nancy Pelosi and Chuck Schumer said": a sentence that
                // names the other speaker too may credit both.
                guard !Self.names(p, in: pair.second), !Self.names(q, in: pair.first) else { continue }
                guard QuoteConflictRule.diffOfSameRemark(x, y, aligned: pair.aligned, minimum: Self.minimumShared) != nil
                else { continue }
                let words = x.words.prefix(6).joined(separator: " ")
                let message = "\(pair.first.article.id) says \(a.text) said \"\(words)…\", \(pair.second.article.id) says \(b.text)"
                result.append(.between(kind, .error, message: message, in: pair, (a, "speaker:" + x.speaker.joined(separator: " ")), (b, "speaker:" + y.speaker.joined(separator: " "))))
            }
        }
        return result
    }

    /// The person the quote's speaker words name (``PersonExtractor``): the
    /// one sharing most of those words, the first of equals. A speaker is a
    /// person, so a remark credited to a broadcaster or a body ("told CNN",
    /// "the White House said") is not compared. Speakers of one surname
    /// ("Mike Thibodeau", "Michael Thibodeau") are taken to be one person.
    private func speaker(_ quote: QuoteMention, in side: AlignedPair.Side) -> Mention? {
        let names = Set(quote.speaker)
        var best: (shared: Int, mention: Mention)?
        for mention in side.mentions(.person) where !quote.ranges.contains(where: { $0.overlaps(mention.range) }) {
            guard let person = mention.value.downcast(to: PersonMention.self) else { continue }
            let shared = names.intersection(person.parts).count
            if shared > 0, shared > (best?.shared ?? 0) { best = (shared, mention) }
        }
        return best?.mention
    }

    private static func names(_ person: PersonMention, in side: AlignedPair.Side) -> Bool {
        side.words.contains { $0.isCapitalised && RoleTitles.bare($0.lower) == person.surname }
    }
}
