/// Turns the pairwise conflicts of one fact into one conflict that names the
/// outlier, when three or more sources report it and one stands alone: "bbc
/// says Friday; guardian and times say Saturday" is what an editor needs,
/// not two separate conflicts against bbc.
enum OutlierMerge {
    /// `conflicts` are pairwise, in a stable order; the result keeps that
    /// order, a merged conflict taking the place of its first part.
    static func merge(_ conflicts: [Conflict], articles: [Article], sentences: [[Sentence]]) -> [Conflict] {
        // Candidates: conflicts of one kind that share a claim (the same
        // sentence and value) on one side.
        var groups: [ClaimKey: [Int]] = [:]
        for (index, conflict) in conflicts.enumerated() where conflict.claims.count == 2 {
            for claim in conflict.claims {
                groups[ClaimKey(kind: conflict.kind, sentence: claim.sentence, value: claim.value), default: []].append(index)
            }
        }
        var absorbed: Set<Int> = []
        var replacement: [Int: Conflict] = [:]
        for key in groups.keys.sorted() {
            let members = groups[key]!.filter { !absorbed.contains($0) }
            guard members.count >= 2 else { continue }
            let others = members.map { index in conflicts[index].claims.first { $0.sentence != key.sentence }! }
            // The others must come from distinct articles, none the outlier's,
            // and agree among themselves.
            let otherArticles = Set(others.map(\.sentence.article))
            guard otherArticles.count == others.count, !otherArticles.contains(key.sentence.article),
                Set(others.map(\.value)).count == 1
            else { continue }
            let outlierClaim = conflicts[members[0]].claims.first { $0.sentence == key.sentence }!
            let claims = [outlierClaim] + others.sorted { $0.sentence < $1.sentence }
            let severity = members.map { conflicts[$0].severity }.max()!
            let outlierID = articles[key.sentence.article].id
            let otherIDs = claims.dropFirst().map { articles[$0.sentence.article].id }
            let message =
                "\(outlierID) says \(outlierClaim.evidenceText); \(list(otherIDs)) say \(others[0].evidenceText)"
            let fingerprint = Fingerprint.of(
                kind: key.kind,
                claims: claims.map { claim in
                    (articles[claim.sentence.article].id, claim, sentences[claim.sentence.article][claim.sentence.sentence].text)
                })
            replacement[members.min()!] = Conflict(
                kind: key.kind, severity: severity, message: message, claims: claims, fingerprint: fingerprint,
                outlier: key.sentence.article)
            absorbed.formUnion(members)
        }
        var result: [Conflict] = []
        for (index, conflict) in conflicts.enumerated() {
            if let merged = replacement[index] {
                result.append(merged)
            } else if !absorbed.contains(index) {
                result.append(conflict)
            }
        }
        return result
    }

    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    struct ClaimKey: Hashable, Comparable {
        var kind: ConflictKind
        var sentence: SentenceRef
        var value: String

        static func < (a: ClaimKey, b: ClaimKey) -> Bool {
            (a.sentence, a.kind, a.value) < (b.sentence, b.kind, b.value)
        }
    }
}
