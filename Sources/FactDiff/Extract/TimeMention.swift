extension MentionKind {
    public static let time = MentionKind(rawValue: "time")
}

/// A time of day as an article writes it: a clock time ("8.18am", "06:33",
/// "half past six", "about 01:00 GMT") or a part of the day ("on Tuesday
/// morning", "in the early hours").
///
/// Reporters round and hedge times, so the value is a span of minutes, not a
/// point: "shortly after 6am" is 06:00 to 06:30, and 6.01am falls inside it.
public struct TimeMention: MentionValue, Hashable {
    /// The word that widens a clock time into a span.
    public enum Hedge: String, Hashable, Sendable {
        case exact
        /// about, around, roughly, approximately.
        case about
        /// shortly after, just after, soon after, just past.
        case shortlyAfter
        /// shortly before, just before, nearly, almost.
        case shortlyBefore
        /// after, later than: open-ended, read as up to three hours.
        case after
        /// before, earlier than.
        case before
    }

    public enum PartOfDay: String, Hashable, Sendable, CaseIterable {
        case earlyHours = "early hours"
        case morning, afternoon, evening, night
    }

    /// Minutes after midnight, 0 to 1439, of a clock time; nil for a part of
    /// the day.
    public var minute: Int?
    /// The clock did not say which half of the day ("half past six", "9:15"):
    /// `minute` is the morning reading and the one twelve hours later is as
    /// likely.
    public var eitherHalfOfDay: Bool
    public var hedge: Hedge
    public var partOfDay: PartOfDay?
    /// The zone as written, normalised ("GMT", "IST", "local"); nil when the
    /// text names none.
    public var zone: String?
    /// Minutes east of UTC when the zone, or a place the sentence names, fixes
    /// them.
    public var utcOffset: Int?
    /// The offset comes from a place in the sentence, not from a zone word.
    public var offsetFromPlace: Bool
    /// For a part of the day, the day it belongs to as written ("thursday",
    /// "yesterday"): "Thursday night" and "Friday afternoon" are not two
    /// accounts of one moment.
    public var day: String?

    public init(
        minute: Int? = nil, eitherHalfOfDay: Bool = false, hedge: Hedge = .exact, partOfDay: PartOfDay? = nil,
        zone: String? = nil, utcOffset: Int? = nil, offsetFromPlace: Bool = false, day: String? = nil
    ) {
        self.day = day
        self.minute = minute
        self.eitherHalfOfDay = eitherHalfOfDay
        self.hedge = hedge
        self.partOfDay = partOfDay
        self.zone = zone
        self.utcOffset = utcOffset
        self.offsetFromPlace = offsetFromPlace
    }

    /// The value the JSON report shows: `time:08:18`, `time:06:30/18:30`
    /// (either half of the day), `time:>10:00` (shortly after), `time:~01:00
    /// GMT` (about), `time:>10:00 (UTC+8)` (offset from a place),
    /// `part:morning`.
    public var description: String {
        guard let minute else { return "part:\(partOfDay?.rawValue ?? "day")" }
        var text = "time:" + Self.marker[hedge]! + Self.clock(minute)
        if eitherHalfOfDay { text += "/" + Self.clock((minute + 720) % 1440) }
        if let zone { text += " " + zone }
        if let utcOffset, offsetFromPlace { text += " (UTC\(Self.offset(utcOffset)))" }
        return text
    }

    public func isSame(as other: any MentionValue) -> Bool {
        guard let other = other.downcast(to: TimeMention.self) else { return false }
        return self == other
    }

    /// A readable form for messages: "shortly after 10:00", "about 01:00
    /// GMT", "in the morning".
    public var spoken: String {
        guard let minute else { return partOfDay == .earlyHours ? "in the early hours" : "in the \(partOfDay?.rawValue ?? "day")" }
        let words: [Hedge: String] = [
            .exact: "", .about: "about ", .shortlyAfter: "shortly after ", .shortlyBefore: "shortly before ",
            .after: "after ", .before: "before ",
        ]
        var text = words[hedge]! + Self.clock(minute)
        if eitherHalfOfDay { text += " (or " + Self.clock((minute + 720) % 1440) + ")" }
        if let zone { text += zone == "local" ? " local time" : " " + zone }
        return text
    }

    private static let marker: [Hedge: String] = [
        .exact: "", .about: "~", .shortlyAfter: ">", .shortlyBefore: "<", .after: ">>", .before: "<<",
    ]

    static func clock(_ minute: Int) -> String {
        let h = minute / 60
        let m = minute % 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

    static func offset(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : "+"
        let h = abs(minutes) / 60
        let m = abs(minutes) % 60
        return sign + String(h) + (m == 0 ? "" : ":" + (m < 10 ? "0" : "") + String(m))
    }
}
