/// Figures that tie two sentences to one fact when their wording does not:
/// "The device will cost $3,499" and "at a price of about $3,500", "lies
/// about 25 miles north-west of London" and "roughly 40km from London",
/// "Apple on Monday unveiled" and "shown off on June 5" (published on the
/// Tuesday). Two outlets' wordings of a fact often share only its figure,
/// and a figure the extractor has normalised (units, hedges, the
/// publication date) matches across wordings that share no word.
///
/// Only figures that rarely recur by chance count: amounts, measures,
/// percentages and scores that agree (``NumberMention/isSame(as:)``), days
/// the publication date resolves or the text names by month and day, and
/// clock times within a few minutes.
/// Bare counts and ages, which small numbers make common, and years,
/// months and weekdays without a resolved day do not.
struct FactAnchors: Sendable {
    enum Key: Hashable, Sendable {
        case number(String)
        /// Month and day, so that a date without a year meets a resolved
        /// one, and two without a year ("June 5" in two undated articles)
        /// meet each other; years, where both are known, must agree too
        /// (``agree``).
        case day(month: Int, day: Int)
        case time
    }

    struct Anchor: Sendable {
        var key: Key
        var value: any MentionValue
    }

    /// Per sentence, its anchors.
    var anchors: [[Anchor]]

    init(_ mentions: [[Mention]]) {
        anchors = mentions.map { $0.compactMap(Self.anchor) }
    }

    static func anchor(_ mention: Mention) -> Anchor? {
        switch mention.value {
        case let number as NumberMention:
            switch number.dimension {
            case .count, .age, .magnitude: return nil
            default: return Anchor(key: .number(number.dimension.label), value: number)
            }
        case let date as DateMention:
            guard date.period == nil else { return nil }
            if let day = date.resolved, date.weekday != nil || date.day != nil || date.relativeDays != nil {
                return Anchor(key: .day(month: day.month, day: day.day), value: date)
            }
            // "June 5" in an article without a publication date still
            // names a day: it meets a resolved "on Monday" on the same
            // month and day.
            guard let month = date.month, let day = date.day else { return nil }
            return Anchor(key: .day(month: month, day: day), value: date)
        case let time as TimeMention:
            return time.minute == nil ? nil : Anchor(key: .time, value: time)
        default:
            return nil
        }
    }

    /// The clock times of one event, as outlets give it ("06:33", "just
    /// after half past six"), lie within this many minutes.
    static let timeSlack = 5

    static func agree(_ a: Anchor, _ b: Anchor) -> Bool {
        guard a.key == b.key else { return false }
        switch (a.value, b.value) {
        case let (x as NumberMention, y as NumberMention): return x.isSame(as: y)
        case let (x as TimeMention, y as TimeMention):
            guard let m = x.minute, let n = y.minute else { return false }
            let apart = abs(m - n) % (24 * 60)
            return min(apart, 24 * 60 - apart) <= timeSlack
        case let (x as DateMention, y as DateMention):
            guard let first = x.resolved?.year ?? x.year, let second = y.resolved?.year ?? y.year else { return true }
            return first == second
        default: return false
        }
    }

    /// Per sentence `i` of this article, the sentences of `other` that share
    /// an agreeing anchor with it (`anyFigure`), and those that share an
    /// agreeing amount, measure, percentage or score (`sameAmount`, no day
    /// or clock time) and those that give one clock time (`sameClock`),
    /// through an index on the key: the cost grows with the anchors that
    /// share a key, not with the product of the articles.
    func partners(in other: FactAnchors) -> (anyFigure: [Int: Set<Int>], sameAmount: [Int: Set<Int>], sameClock: [Int: Set<Int>]) {
        var index: [Key: [(Int, Anchor)]] = [:]
        for (j, list) in other.anchors.enumerated() {
            for anchor in list { index[anchor.key, default: []].append((j, anchor)) }
        }
        var anyFigure: [Int: Set<Int>] = [:]
        var sameAmount: [Int: Set<Int>] = [:]
        var sameClock: [Int: Set<Int>] = [:]
        for (i, list) in anchors.enumerated() {
            for anchor in list {
                for (j, candidate) in index[anchor.key] ?? [] where Self.agree(anchor, candidate) {
                    anyFigure[i, default: []].insert(j)
                    if case .number = anchor.key { sameAmount[i, default: []].insert(j) }
                    if case .time = anchor.key { sameClock[i, default: []].insert(j) }
                }
            }
        }
        return (anyFigure, sameAmount, sameClock)
    }
}
