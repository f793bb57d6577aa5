/// A date as an article writes it: a weekday ("on Friday"), a calendar date
/// in any of its granularities ("16 April 2019", "April 16", "July 2017",
/// "in April", "in 2016"), and, when the publication date allows, the exact
/// day it stands for.
public struct DateMention: MentionValue, Hashable {
    /// Which way a weekday points from the publication date.
    public enum Direction: String, Hashable, Sendable {
        /// "on Friday" in past-tense copy: the latest such day on or before
        /// publication (HeidelTime's rule for news).
        case recent
        /// "last Friday": strictly before publication.
        case last
        /// "next Friday", or a weekday in future-tense copy.
        case next
    }

    /// ISO weekday, 1 (Monday) to 7 (Sunday), when the text names one.
    public var weekday: Int?
    /// Days from publication for "today" (0), "yesterday" (-1), "last
    /// night" (-1), "tomorrow" (1).
    public var relativeDays: Int?
    public var direction: Direction
    public var year: Int?
    public var month: Int?
    public var day: Int?
    /// The day this stands for when the text and the publication date fix
    /// it; `inferred` says whether the publication date was needed.
    public var resolved: CivilDate?
    public var inferred: Bool

    public init(
        weekday: Int? = nil, relativeDays: Int? = nil, direction: Direction = .recent, year: Int? = nil,
        month: Int? = nil, day: Int? = nil, resolved: CivilDate? = nil, inferred: Bool = false
    ) {
        self.weekday = weekday
        self.relativeDays = relativeDays
        self.direction = direction
        self.year = year
        self.month = month
        self.day = day
        self.resolved = resolved
        self.inferred = inferred
    }

    /// `weekday:5`, `date:2019-04-16`, `date:--04-16`, `month:2019-04`,
    /// `month:--04`, `year:2016`, or for a relative day `day:2019-01-15`
    /// (resolved) or `day:-1` (no publication date): the value the JSON
    /// report shows.
    public var description: String {
        if let weekday { return "weekday:\(weekday)" }
        if let relativeDays {
            return resolved.map { "day:\($0)" } ?? "day:\(relativeDays > 0 ? "+" : "")\(relativeDays)"
        }
        let y = year.map { String($0) } ?? "-"
        let m = month.map { $0 < 10 ? "0\($0)" : "\($0)" }
        let d = day.map { $0 < 10 ? "0\($0)" : "\($0)" }
        switch (m, d) {
        case (let m?, let d?): return "date:\(y)-\(m)-\(d)"
        case (let m?, nil): return "month:\(y)-\(m)"
        default: return "year:\(y)"
        }
    }

    public func isSame(as other: any MentionValue) -> Bool {
        guard let other = other as? DateMention else { return false }
        return self == other
    }

    /// A readable form for messages: "Friday", "16 April 2019", "April".
    public var spoken: String {
        if let weekday { return DateWords.weekdayNames[weekday - 1] }
        if let relativeDays {
            let word = DateWords.relativeNames[relativeDays] ?? "day \(relativeDays)"
            guard let resolved else { return word }
            return "\(word) (\(DateWords.weekdayNames[resolved.weekday - 1]) \(resolved.day) \(DateWords.monthNames[resolved.month - 1]))"
        }
        var parts: [String] = []
        if let day { parts.append(String(day)) }
        if let month { parts.append(DateWords.monthNames[month - 1]) }
        if let year { parts.append(String(year)) }
        return parts.joined(separator: " ")
    }
}

/// The English names the date extractor reads and the messages write.
enum DateWords {
    static let weekdayNames = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    static let weekdays: [String: Int] = Dictionary(
        uniqueKeysWithValues: weekdayNames.enumerated().map { ($1.lowercased(), $0 + 1) })

    /// Full month names and the abbreviations news uses before a day.
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in monthNames.enumerated() {
            table[name.lowercased()] = index + 1
        }
        let short = ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for (index, name) in short.enumerated() where !name.isEmpty {
            table[name] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// Words after which a lone month or year names a time ("in April",
    /// "since 2016"), rather than something else ("May said", "2016 people").
    static let timePrepositions: Set<String> = [
        "in", "since", "until", "till", "by", "from", "during", "of", "early", "late", "mid",
        "last", "next", "this", "before", "after", "between", "through", "throughout", "the",
        "and", "to", "or", "until", "around", "that", "each", "every",
    ]

    /// Days relative to publication, as news writes them.
    static let relativeDays: [String: Int] = [
        "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
    ]
    /// Two-word forms: "last night", "this morning".
    static let relativePhrases: [String: [String: Int]] = [
        "last": ["night": -1],
        "this": ["morning": 0, "afternoon": 0, "evening": 0],
    ]
    static let relativeNames: [Int: String] = [0: "today", -1: "yesterday", 1: "tomorrow"]

    /// Words that put a weekday in the future of the publication date.
    static let futureMarkers: Set<String> = [
        "will", "shall", "'ll", "due", "scheduled", "expected", "upcoming", "planned", "set",
        "tomorrow", "going",
    ]
}
