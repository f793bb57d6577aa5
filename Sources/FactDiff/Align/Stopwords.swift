/// Function words that say nothing about which fact a sentence reports.
enum Stopwords {
    static let english: WordSet = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
        "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
        "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
        "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
        "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
        "yourself", "yourselves", "said", "says", "say", "told", "according", "mr", "mrs", "ms",
        "dr", "it's", "he's", "she's", "that's", "there's", "they're", "we're", "i'm", "don't",
        "didn't", "doesn't", "won't", "can't", "isn't", "wasn't", "weren't", "aren't", "haven't",
        "hasn't", "hadn't", "may", "might", "must", "shall", "s", "one", "new", "however", "since",
        "yet", "still", "even", "another", "many", "much", "several", "us", "being",
    ]
}
