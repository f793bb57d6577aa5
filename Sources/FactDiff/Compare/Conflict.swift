/// The kinds of disagreement FactDiff reports; the names are those of the
/// evaluation format (`../shared/eval/README.md`).
public struct ConflictKind: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let date = ConflictKind(rawValue: "date")

    public var description: String { rawValue }
    public static func < (lhs: ConflictKind, rhs: ConflictKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum Severity: String, Hashable, Comparable, Sendable, CaseIterable {
    /// Something leaves room for the two to agree: a hedge, a publication
    /// date that had to be assumed, a day's difference across midnight.
    case warning
    /// A plain contradiction.
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// One source's side of a conflict.
public struct Claim: Hashable, Sendable {
    public var sentence: SentenceRef
    /// UTF-8 offsets of the disagreeing words in the sentence's text.
    public var evidence: Range<Int>
    public var evidenceText: String
    /// The normalised value, e.g. `weekday:5`.
    public var value: String

    public init(sentence: SentenceRef, evidence: Range<Int>, evidenceText: String, value: String) {
        self.sentence = sentence
        self.evidence = evidence
        self.evidenceText = evidenceText
        self.value = value
    }
}

/// Two (or more) articles that state one fact differently.
public struct Conflict: Hashable, Sendable {
    public var kind: ConflictKind
    public var severity: Severity
    /// One line a reader understands without opening the articles.
    public var message: String
    public var claims: [Claim]
    /// Stable across runs and across edits elsewhere in the articles; see
    /// ``Fingerprint``.
    public var fingerprint: String
    /// With three or more sources: the article that disagrees with all the
    /// others, which agree among themselves. Its claim comes first.
    public var outlier: Int?

    public init(
        kind: ConflictKind, severity: Severity, message: String, claims: [Claim], fingerprint: String, outlier: Int? = nil
    ) {
        self.kind = kind
        self.severity = severity
        self.message = message
        self.claims = claims
        self.fingerprint = fingerprint
        self.outlier = outlier
    }
}

extension Conflict {
    /// The conflict of two claims of an aligned pair, with its fingerprint:
    /// what most rules report.
    static func between(
        _ kind: ConflictKind, _ severity: Severity, message: String, in pair: AlignedPair, _ first: Claim, _ second: Claim
    ) -> Conflict {
        let fingerprint = Fingerprint.of(
            kind: kind,
            claims: [
                (pair.first.article.id, first, pair.first.sentence.text),
                (pair.second.article.id, second, pair.second.sentence.text),
            ])
        return Conflict(kind: kind, severity: severity, message: message, claims: [first, second], fingerprint: fingerprint)
    }

    /// The same, for claims whose evidence is a whole mention.
    static func between(
        _ kind: ConflictKind, _ severity: Severity, message: String, in pair: AlignedPair,
        _ first: (mention: Mention, value: String), _ second: (mention: Mention, value: String)
    ) -> Conflict {
        func claim(_ side: (mention: Mention, value: String)) -> Claim {
            Claim(sentence: side.mention.sentence, evidence: side.mention.range, evidenceText: side.mention.text, value: side.value)
        }
        return between(kind, severity, message: message, in: pair, claim(first), claim(second))
    }
}
