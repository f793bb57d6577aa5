/// An article that gives the date of one event twice ("MPs will vote on it
/// on Thursday", then "expected to survive Thursday's vote") states the
/// disputed day in both places, though only one of its sentences may be
/// aligned with the other source's: the restatement joins the conflict as
/// one more claim of that article, so a reader sees every sentence that
/// carries the disputed day. It is not a conflict of its own (one
/// disagreement is counted once), and the fingerprint stays that of the
/// claims that were compared.
///
/// A restatement is a date mention in another sentence of the same
/// article with the same value and the same event word
/// (``MentionPairing/eventWord(of:words:)``) as the claim, that names the
/// event directly ("Thursday's vote", "the vote on Thursday": at most one
/// word between the two), in a sentence that is not a copy of the claim's
/// (a repeated caption or headline is not a second statement).
enum Restatements {
    static func add(
        to conflicts: [Conflict], sentences: [[Sentence]], mentions: [[[Mention]]], words: [[[Word]]]
    ) -> [Conflict] {
        conflicts.map { conflict in
            guard conflict.kind == .date else { return conflict }
            var result = conflict
            for claim in conflict.claims {
                let ref = claim.sentence
                guard let mention = mentions[ref.article][ref.sentence].first(where: { $0.kind == .date && $0.range == claim.evidence }),
                    let event = MentionPairing.eventWord(of: mention, words: words[ref.article][ref.sentence])
                else { continue }
                let text = sentences[ref.article][ref.sentence].text
                for (index, list) in mentions[ref.article].enumerated()
                where index != ref.sentence && sentences[ref.article][index].text != text
                    && !result.claims.contains(where: { $0.sentence == SentenceRef(article: ref.article, sentence: index) })
                {
                    guard let again = list.first(where: {
                        $0.kind == .date && $0.value.description == claim.value && Self.names(event, $0, words: words[ref.article][index])
                    }) else { continue }
                    result.claims.append(Claim(sentence: again.sentence, evidence: again.range, evidenceText: again.text, value: claim.value))
                }
            }
            return result
        }
    }

    /// Whether the mention's event word is `event` and stands next to it,
    /// or one word away.
    private static func names(_ event: String, _ mention: Mention, words: [Word]) -> Bool {
        guard let head = MentionPairing.eventWordIndex(of: mention, words: words), MentionPairing.eventTerm(words[head]) == event,
            let start = words.firstIndex(where: { $0.range.upperBound > mention.range.lowerBound })
        else { return false }
        let end = words.lastIndex(where: { $0.range.lowerBound < mention.range.upperBound }) ?? start
        return head < start ? start - head <= 2 : head - end <= 2
    }
}
