extension RandomAccessCollection {
    /// The index of the first element for which `belongsAfter` holds, found by binary search, in a collection where
    /// every element that passes comes after every element that fails (offsets in text order, mentions by token);
    /// `endIndex` when none passes.
    func partitioningIndex(where belongsAfter: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongsAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
