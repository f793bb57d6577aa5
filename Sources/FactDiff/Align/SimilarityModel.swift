import Foundation

/// The aligner's similarity: a logistic model over ``PairFeatures``, so a
/// score is the estimated probability that two sentences say the same thing,
/// in [0, 1], and a threshold has a meaning.
///
/// The weights (``SimilarityWeights``) are fitted by `scripts/train-similarity`
/// on the Microsoft Research Paraphrase Corpus's training half, through
/// `factdiff similarity --features`, so training and use share one feature
/// code path.
struct SimilarityModel: Sendable {
    var intercept: Double
    var weights: [Double]

    static let trained = SimilarityModel(intercept: SimilarityWeights.intercept, weights: SimilarityWeights.weights)

    func score(_ features: PairFeatures) -> Double {
        var z = intercept
        for k in 0..<min(weights.count, features.values.count) { z += weights[k] * features.values[k] }
        return 1 / (1 + exp(-z))
    }
}
