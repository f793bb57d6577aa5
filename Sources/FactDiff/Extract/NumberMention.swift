extension MentionKind {
    public static let number = MentionKind(rawValue: "number")
}

/// A quantity as an article states it: what it measures (its dimension and
/// unit, already converted to one base unit per dimension), the value, and
/// the range of values the wording allows ("nearly 300" is 270 to 300).
///
/// Two numbers are compared only when they measure the same thing in the
/// same dimension; the range, not the bare value, decides whether they
/// agree, so "about $3,500" and "$3,499" do.
public struct NumberMention: MentionValue, Hashable {
    /// What a number measures. Money carries its currency, since outlets
    /// round conversions between currencies freely.
    public enum Dimension: Hashable, Sendable {
        case count
        case money(currency: String)
        case percent
        case percentagePoint
        case age
        case score
        case magnitude
        /// Seconds.
        case duration
        /// Metres.
        case length
        /// Kilograms.
        case mass

        var label: String {
            switch self {
            case .count: "count"
            case .money(let currency): "money:\(currency)"
            case .percent: "percent"
            case .percentagePoint: "pp"
            case .age: "age"
            case .score: "score"
            case .magnitude: "magnitude"
            case .duration: "duration:s"
            case .length: "length:m"
            case .mass: "mass:kg"
            }
        }
    }

    /// How the wording bends the value.
    public enum Hedge: String, Hashable, Sendable {
        /// "about", "roughly", "some": either side of it.
        case approximately
        /// "nearly", "almost": a little under it.
        case nearly
        /// "at least", "more than", "over": it or above.
        case atLeast
        /// "up to", "under", "within", "a maximum of": it or below.
        case atMost
    }

    /// Where the number stands in its sentence: a lone value is compared only
    /// with lone values, one end of "432 to 202" only with ends of pairs, a
    /// margin ("by 230 votes") only with margins.
    public enum Role: String, Hashable, Sendable {
        case single
        case pairPart
        case margin
    }

    public var dimension: Dimension
    /// In the dimension's base unit; for a score the winner's side.
    public var value: Double
    /// The loser's side of a score.
    public var other: Double?
    public var hedge: Hedge?
    /// Half the width of the rounding a round figure implies: 3,500 stands
    /// for 3,495 to 3,505.
    public var precision: Double
    /// A different unit was written than the base unit ("50 miles"): the
    /// outlet converted, and conversions are rounded.
    public var converted: Bool
    /// "a share", "per head": the money is a rate.
    public var per: String?
    public var role: Role
    /// A score of a shoot-out rather than of play.
    public var penalties: Bool
    /// The person an age belongs to, lowercased surname ("Reader, 76").
    public var person: String?
    /// Normalised nouns the number counts ("118 Conservative MPs").
    public var counted: [String]
    /// The capitalised ones among them, which name a group ("Conservative").
    public var named: Set<String> = []
    /// An age worked out from a birth year and the publication date.
    public var fromBirthYear: Bool

    public init(
        dimension: Dimension, value: Double, other: Double? = nil, hedge: Hedge? = nil, precision: Double = 0,
        converted: Bool = false, per: String? = nil, role: Role = .single, penalties: Bool = false,
        person: String? = nil, counted: [String] = [], fromBirthYear: Bool = false
    ) {
        self.dimension = dimension
        self.value = value
        self.other = other
        self.hedge = hedge
        self.precision = precision
        self.converted = converted
        self.per = per
        self.role = role
        self.penalties = penalties
        self.person = person
        self.counted = counted
        self.fromBirthYear = fromBirthYear
    }

    /// `count:112`, `money:GBP:19800000000`, `percent:3.8`,
    /// `length:m:150000`, `score:4-2`, `age:76`; a rate adds `/share`.
    public var description: String {
        switch dimension {
        case .age where fromBirthYear && precision > 0:
            return "age:\(Self.format(value - precision))-\(Self.format(value + precision))"
        case .score:
            return "score:\(Self.format(value))-\(Self.format(other ?? 0))"
        default:
            let per = per.map { "/\($0)" } ?? ""
            return "\(dimension.label):\(Self.format(value))\(per)"
        }
    }

    public func isSame(as other: any MentionValue) -> Bool {
        guard let other = other.downcast(to: NumberMention.self) else { return false }
        return NumberConflictRule.comparable(self, other) && NumberConflictRule.disagreement(self, other) == nil
    }

    /// The values the wording allows.
    var range: ClosedRange<Double> {
        var low = value - precision
        var high = value + precision
        switch hedge {
        case .approximately?:
            low = min(low, value * (1 - Self.approximateTolerance))
            high = max(high, value * (1 + Self.approximateTolerance))
        case .nearly?:
            low = min(low, value * (1 - Self.nearlyTolerance))
        case .atLeast?:
            high = .infinity
        case .atMost?:
            low = 0
        case nil:
            break
        }
        if converted {
            low = min(low, value * (1 - Self.conversionTolerance))
            high = max(high, value * (1 + Self.conversionTolerance))
        }
        if dimension == .magnitude {
            // Agencies and revisions differ by a tenth of a point.
            low = min(low, value - 0.05)
            high = max(high, value + 0.05)
        }
        // Values reached through different scales ("$68.7bn", "US$68,700m")
        // differ in the last bits of a double.
        let slack = max(abs(low), abs(high) == .infinity ? abs(low) : abs(high)) * 1e-9
        return (low - slack)...(high + slack)
    }

    /// "about 10 hours" and "roughly 14 hours" must still disagree.
    static let approximateTolerance = 0.075
    static let nearlyTolerance = 0.1
    static let conversionTolerance = 0.05

    /// Whole numbers without a fraction, others to nine significant digits.
    static func format(_ value: Double) -> String {
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        let rounded = value.rounded()
        if abs(value - rounded) <= 1e-6 * max(1, abs(value)), abs(rounded) < 1e18 {
            return String(Int64(rounded))
        }
        let magnitude = Double.pow10(9 - Int((abs(value)).log10Floor) - 1)
        return String((value * magnitude).rounded() / magnitude)
    }
}

extension Double {
    fileprivate static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(n) { result *= 10 }
        return n < 0 ? 1 / result : result
    }

    fileprivate var log10Floor: Int {
        guard self > 0 else { return 0 }
        var n = 0
        var v = self
        while v >= 10 { v /= 10; n += 1 }
        while v < 1 { v *= 10; n -= 1 }
        return n
    }
}
