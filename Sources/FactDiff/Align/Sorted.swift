/// Operations on ascending arrays.
enum Sorted {
    static func contains<T: Comparable>(_ sorted: [T], _ value: T) -> Bool {
        index(of: value, in: sorted) != nil
    }

    static func index<T: Comparable>(of value: T, in sorted: [T]) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value ? low : nil
    }

    /// How many values the two arrays share, by one merge; with
    /// `marking`, which of `y`'s they are, 1 or 0 at each index of `y`.
    static func sharedCount<T: Comparable>(_ x: [T], _ y: [T], marking: UnsafeMutablePointer<UInt8>? = nil) -> Int {
        var i = 0
        var j = 0
        var count = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                marking?[j] = 1
                count += 1
                i += 1
                j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                marking?[j] = 0
                j += 1
            }
        }
        if let marking {
            while j < y.count {
                marking[j] = 0
                j += 1
            }
        }
        return count
    }

    static func intersects<T: Comparable>(_ x: [T], _ y: [T]) -> Bool {
        if x.count < 4 { return x.contains { contains(y, $0) } }
        return sharedCount(x, y) > 0
    }
}
