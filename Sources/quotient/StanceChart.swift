import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Quotient

/// A self-contained chart of speakers' stances side by side: per speaker the mean valence with its 95 %
/// interval on an axis scaled to the data, and a heat map of the share of quotes carrying each stance
/// category (with its 95 % interval on hover). SVG without scripts; the HTML page adds a sortable table.
struct StanceChart {
    let comparison: Comparison
    /// The most rows drawn: the most quoted speakers, unless speakers were chosen by name.
    var limit = 15

    private static let left = 210.0, top = 74.0, rowHeight = 24.0
    private static let valenceWidth = 240.0, cellWidth = 74.0, gap = 28.0

    /// The rows drawn, and how many were left out.
    private var rows: (profiles: [SpeakerProfile], omitted: Int) {
        let profiles = comparison.profiles
        guard !comparison.showDifferences, profiles.count > limit else { return (profiles, 0) }
        return (Array(profiles.prefix(limit)), profiles.count - limit)
    }

    func svg() -> String {
        let (profiles, omitted) = rows
        let categories = comparison.categories
        let (low, high) = valenceRange(profiles)
        let heatLeft = Self.left + Self.valenceWidth + Self.gap
        let width = heatLeft + Double(categories.count) * Self.cellWidth + 20
        let differences = comparison.showDifferences && profiles.count >= 2 ? profiles.count - 1 : 0
        let differencesTop = Self.top + Double(max(profiles.count, 1)) * Self.rowHeight + (omitted > 0 ? 60 : 40)
        let height = differencesTop + (differences > 0 ? 72 + Double(differences) * Self.rowHeight : 10)
        func x(_ value: Double) -> Double { Self.left + (value - low) / (high - low) * Self.valenceWidth }
        var parts: [String] = []
        parts.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">")
        parts.append("<title>Speakers' stances side by side</title>")
        parts.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")

        // Valence panel: axis over the data's range, zero line, ticks.
        parts.append(text(x: Self.left, y: 18, "mean valence, 95% interval", anchor: "start", weight: "bold"))
        let axisY = Self.top - 10
        let bottom = Self.top + Double(profiles.count) * Self.rowHeight
        parts.append(line(x(low), axisY, x(high), axisY, stroke: "#444"))
        for tick in ticks(low, high) {
            parts.append(line(x(tick), axisY - 4, x(tick), axisY, stroke: "#444"))
            parts.append(text(x: x(tick), y: axisY - 8, signed(tick, digits: 2), anchor: "middle", size: 10))
            if tick != 0 { parts.append(line(x(tick), axisY, x(tick), bottom, stroke: "#eeeeee")) }
        }
        parts.append(line(x(0), axisY, x(0), bottom, stroke: "#888", dash: true))

        // Heat map header and legend.
        parts.append(text(x: heatLeft, y: 18, "share of quotes whose tone carries the category", anchor: "start", weight: "bold"))
        for (index, category) in categories.enumerated() {
            let cx = heatLeft + Double(index) * Self.cellWidth + Self.cellWidth / 2
            parts.append(text(x: cx, y: axisY - 8, category.rawValue, anchor: "middle", size: 11))
        }
        parts.append(legend(x: heatLeft, y: 30))

        for (row, profile) in profiles.enumerated() {
            let y = Self.top + Double(row) * Self.rowHeight
            let label = "\(profile.name) (\(profile.quoteCount))"
            parts.append("<g class=\"speaker\" data-name=\"\(escape(profile.name))\" data-quotes=\"\(profile.quoteCount)\">")
            if row % 2 == 1 { parts.append("<rect x=\"0\" y=\"\(fmt(y))\" width=\"\(Int(width))\" height=\"\(Int(Self.rowHeight))\" fill=\"#fafafa\"/>") }
            parts.append(text(x: Self.left - 12, y: y + 16, String(label.prefix(34)), anchor: "end"))
            let interval = profile.valenceInterval
            let clamped = (max(interval.lowerBound, low), min(interval.upperBound, high))
            parts.append(line(x(clamped.0), y + 12, x(clamped.1), y + 12, stroke: "#555", width: 2))
            let mean = profile.meanValence
            let color = mean >= 0.05 ? "#2e7d32" : mean <= -0.05 ? "#c62828" : "#757575"
            parts.append("<circle class=\"valence\" cx=\"\(fmt(x(mean)))\" cy=\"\(fmt(y + 12))\" r=\"5\" fill=\"\(color)\"><title>\(escape(profile.name)): mean valence \(signed(mean, digits: 3)), 95% interval [\(signed(interval.lowerBound, digits: 3)), \(signed(interval.upperBound, digits: 3))], \(profile.quoteCount) quotes</title></circle>")
            parts.append(text(x: x(mean) + (mean > (low + high) / 2 ? -9 : 9), y: y + 8, signed(mean, digits: 2),
                              anchor: mean > (low + high) / 2 ? "end" : "start", size: 9, fill: color))
            for (index, category) in categories.enumerated() {
                let cellX = heatLeft + Double(index) * Self.cellWidth
                let rate = profile.rate(of: category)
                let count = profile.categoryQuotes[category] ?? 0
                let (ciLow, ciHigh) = wilson(count, profile.quoteCount)
                parts.append("<rect class=\"cell\" data-category=\"\(escape(category.rawValue))\" data-rate=\"\(fmt(rate))\" x=\"\(fmt(cellX + 1))\" y=\"\(fmt(y + 2))\" width=\"\(fmt(Self.cellWidth - 2))\" height=\"\(fmt(Self.rowHeight - 4))\" fill=\"\(heat(rate))\"><title>\(escape(profile.name)): \(escape(category.rawValue)) in \(count) of \(profile.quoteCount) quotes, \(percent(rate)) (95% interval \(percent(ciLow))–\(percent(ciHigh)))</title></rect>")
                parts.append(text(x: cellX + Self.cellWidth / 2, y: y + 16, percent(rate), anchor: "middle", size: 11,
                                  fill: rate > 0.45 ? "#ffffff" : "#222222"))
            }
            parts.append("</g>")
        }
        if profiles.isEmpty { parts.append(text(x: Self.left, y: Self.top + 14, "no speakers", anchor: "start")) }
        if omitted > 0 {
            parts.append(text(x: Self.left, y: bottom + 24, "\(omitted) more speaker\(omitted == 1 ? "" : "s") with fewer quotes not shown (choose with --speakers, or raise --min-quotes)", anchor: "start", size: 11, fill: "#555"))
        }
        if differences > 0 {
            parts += differencePanel(base: profiles[0], others: Array(profiles.dropFirst()), top: differencesTop, heatLeft: heatLeft)
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// The chosen speakers against the first: per speaker the difference in mean valence and, per category,
    /// in the share of quotes, as bars from a zero line with their 95 % intervals (Welch for valence, Newcombe's
    /// hybrid score for shares). A bar whose interval excludes zero is drawn solid, one that does not is pale.
    private func differencePanel(base: SpeakerProfile, others: [SpeakerProfile], top: Double, heatLeft: Double) -> [String] {
        let categories = comparison.categories
        var parts: [String] = []
        parts.append(text(x: 12, y: top, "differences from \(base.name): valence (left) and share of quotes in points (right), 95% interval; pale = interval includes 0", anchor: "start", weight: "bold"))
        let axisY = top + 38
        let valenceDeltas = others.map { valenceDifference($0, base) }
        let reach = max(0.1, valenceDeltas.map { max(abs($0.low), abs($0.high)) }.max() ?? 0.1) * 1.1
        let center = Self.left + Self.valenceWidth / 2
        func x(_ delta: Double) -> Double { center + delta / reach * (Self.valenceWidth / 2) }
        let bottom = axisY + Double(others.count) * Self.rowHeight + 4
        parts.append(line(x(0), axisY - 6, x(0), bottom, stroke: "#888", dash: true))
        parts.append(text(x: x(-reach), y: axisY - 4, signed(-reach, digits: 2), anchor: "start", size: 10))
        parts.append(text(x: x(reach), y: axisY - 4, signed(reach, digits: 2), anchor: "end", size: 10))
        for (index, category) in categories.enumerated() {
            let cx = heatLeft + Double(index) * Self.cellWidth + Self.cellWidth / 2
            parts.append(text(x: cx, y: axisY - 12, category.rawValue, anchor: "middle", size: 11))
            parts.append(line(cx, axisY, cx, bottom, stroke: "#bbb", dash: true))
        }
        // One scale for every category cell, so bars compare across categories.
        let shares = others.map { other in categories.map { shareDifference(other, base, $0) } }
        let shareReach = max(0.1, shares.joined().map { max(abs($0.low), abs($0.high)) }.max() ?? 0.1)
        let half = (Self.cellWidth - 8) / 2
        func shareX(_ cx: Double, _ delta: Double) -> Double { cx + delta / shareReach * half }
        parts.append(text(x: heatLeft, y: axisY + Double(others.count) * Self.rowHeight + 18,
                          "each cell spans ±\(Int((shareReach * 100).rounded())) points; orange: more than \(base.name), purple: less", anchor: "start", size: 10, fill: "#555"))
        for (row, other) in others.enumerated() {
            let y = axisY + Double(row) * Self.rowHeight
            parts.append(text(x: Self.left - 12, y: y + 16, String(other.name.prefix(34)), anchor: "end"))
            let valence = valenceDeltas[row]
            let clear = valence.low > 0 || valence.high < 0
            parts.append(bar(from: x(0), to: x(valence.delta), y: y + 6, positive: valence.delta >= 0, clear: clear,
                             title: "\(other.name) − \(base.name): valence \(signed(valence.delta, digits: 3)) (95% interval \(signed(valence.low, digits: 3)) to \(signed(valence.high, digits: 3)))"))
            parts.append(line(x(valence.low), y + 12, x(valence.high), y + 12, stroke: "#333", width: 1))
            for (index, category) in categories.enumerated() {
                let cx = heatLeft + Double(index) * Self.cellWidth + Self.cellWidth / 2
                let share = shares[row][index]
                let clearShare = share.low > 0 || share.high < 0
                parts.append(bar(from: cx, to: shareX(cx, share.delta), y: y + 6, positive: share.delta >= 0, clear: clearShare,
                                 title: "\(other.name) − \(base.name): \(category) \(points(share.delta)) points (95% interval \(points(share.low)) to \(points(share.high)))"))
                parts.append(line(shareX(cx, share.low), y + 12, shareX(cx, share.high), y + 12, stroke: "#333", width: 1))
                // The value on the side away from the bar, so the two never overlap.
                parts.append(text(x: cx + (share.delta >= 0 ? -3 : 3), y: y + 4, points(share.delta), anchor: share.delta >= 0 ? "end" : "start", size: 9, fill: "#333"))
            }
        }
        return parts
    }

    private func bar(from x1: Double, to x2: Double, y: Double, positive: Bool, clear: Bool, title: String) -> String {
        let color = positive ? "#e66101" : "#5e3c99"
        return "<rect class=\"difference\" x=\"\(fmt(min(x1, x2)))\" y=\"\(fmt(y))\" width=\"\(fmt(max(abs(x2 - x1), 1)))\" height=\"12\" fill=\"\(color)\" fill-opacity=\"\(clear ? "0.9" : "0.3")\"><title>\(escape(title))</title></rect>"
    }

    /// Welch's 95 % interval for a difference of mean valences, from each mean's own interval.
    private func valenceDifference(_ other: SpeakerProfile, _ base: SpeakerProfile) -> (delta: Double, low: Double, high: Double) {
        let delta = other.meanValence - base.meanValence
        let errors = [other, base].map { ($0.valenceInterval.upperBound - $0.valenceInterval.lowerBound) / 2 }
        let half = (errors[0] * errors[0] + errors[1] * errors[1]).squareRoot()
        return (delta, delta - half, delta + half)
    }

    /// Newcombe's hybrid score interval (95 %) for a difference of two shares.
    private func shareDifference(_ other: SpeakerProfile, _ base: SpeakerProfile, _ category: StanceCategory) -> (delta: Double, low: Double, high: Double) {
        let (p2, p1) = (other.rate(of: category), base.rate(of: category))
        let (l2, u2) = wilson(other.categoryQuotes[category] ?? 0, other.quoteCount)
        let (l1, u1) = wilson(base.categoryQuotes[category] ?? 0, base.quoteCount)
        let delta = p2 - p1
        let low = delta - ((p2 - l2) * (p2 - l2) + (u1 - p1) * (u1 - p1)).squareRoot()
        let high = delta + ((u2 - p2) * (u2 - p2) + (p1 - l1) * (p1 - l1)).squareRoot()
        return (delta, low, high)
    }

    private func points(_ share: Double) -> String {
        let value = Int((share * 100).rounded())
        return value > 0 ? "+\(value)" : "\(value)"
    }

    func html() -> String {
        let categories = comparison.categories
        let header = (["speaker", "quotes", "mean valence"] + categories.map(\.rawValue)).enumerated().map { index, name in
            "<th data-column=\"\(index)\">\(escape(name))</th>"
        }.joined()
        let body = comparison.profiles.map { profile in
            let interval = profile.valenceInterval
            let cells = categories.map { category -> String in
                let rate = profile.rate(of: category)
                let (low, high) = wilson(profile.categoryQuotes[category] ?? 0, profile.quoteCount)
                return "<td data-value=\"\(fmt(rate))\" style=\"background:\(heat(rate));color:\(rate > 0.45 ? "#fff" : "#222")\" title=\"95% interval \(percent(low))–\(percent(high))\">\(percent(rate))</td>"
            }.joined()
            return "<tr><td data-value=\"\(escape(profile.name))\">\(escape(profile.name))</td><td data-value=\"\(profile.quoteCount)\">\(profile.quoteCount)</td>"
                + "<td data-value=\"\(fmt(profile.meanValence))\" title=\"95% interval [\(signed(interval.lowerBound, digits: 3)), \(signed(interval.upperBound, digits: 3))]\">\(signed(profile.meanValence, digits: 2))</td>\(cells)</tr>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Quotient: speakers' stances</title>
            <style>
            body{font-family:sans-serif;margin:2em;color:#222}h1{font-size:1.3em}
            table{border-collapse:collapse;margin-top:1.5em}th,td{padding:4px 8px;text-align:right;border-bottom:1px solid #eee}
            th{cursor:pointer;background:#f5f5f5;user-select:none}th:hover{background:#e8e8e8}td:first-child,th:first-child{text-align:left}
            tr:hover td{outline:1px solid #999}
            </style></head>
            <body>
            <h1>Speakers' stances side by side</h1>
            <p>Dot: mean valence (VADER compound) with its 95% interval, on an axis scaled to the data. Cells: share of
            each speaker's quotes whose tone carries the category; hover for counts and 95% intervals. The table lists
            every speaker; click a column to sort.</p>
            \(svg())
            <table id="speakers"><thead><tr>\(header)</tr></thead><tbody>
            \(body)
            </tbody></table>
            <script>
            document.querySelectorAll('#speakers th').forEach(function (th) {
              th.addEventListener('click', function () {
                var column = +th.dataset.column, body = th.closest('table').tBodies[0];
                var descending = th.dataset.order !== 'desc';
                th.dataset.order = descending ? 'desc' : 'asc';
                Array.from(body.rows).sort(function (a, b) {
                  var x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
                  var d = (isNaN(x) || isNaN(y)) ? x.localeCompare(y) : x - y;
                  return descending ? -d : d;
                }).forEach(function (row) { body.appendChild(row); });
              });
            });
            </script>
            </body>
            </html>

            """
    }

    /// The valence axis: the data's intervals with some room, always including 0, within [-1, 1].
    private func valenceRange(_ profiles: [SpeakerProfile]) -> (Double, Double) {
        let lows = profiles.map(\.valenceInterval.lowerBound), highs = profiles.map(\.valenceInterval.upperBound)
        var low = min(0, lows.min() ?? -0.25), high = max(0, highs.max() ?? 0.25)
        let room = max((high - low) * 0.08, 0.05)
        low = max(-1, low - room)
        high = min(1, high + room)
        if high - low < 0.2 { (low, high) = (max(-1, low - 0.1), min(1, high + 0.1)) }
        return (low, high)
    }

    /// Ticks at 0.1, 0.25 or 0.5 steps, whichever gives four to eight of them.
    private func ticks(_ low: Double, _ high: Double) -> [Double] {
        let step = [0.1, 0.25, 0.5].first { (high - low) / $0 <= 8 } ?? 0.5
        var tick = (low / step).rounded(.up) * step
        var found: [Double] = []
        while tick <= high + 1e-9 {
            found.append(abs(tick) < 1e-9 ? 0 : tick)
            tick += step
        }
        return found
    }

    /// The Wilson score interval of a share, 95 %.
    private func wilson(_ count: Int, _ total: Int) -> (Double, Double) {
        guard total > 0 else { return (0, 0) }
        let n = Double(total), p = Double(count) / n, z = 1.96
        let center = (p + z * z / (2 * n)) / (1 + z * z / n)
        let half = z * ((p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()) / (1 + z * z / n)
        return (max(0, center - half), min(1, center + half))
    }

    /// White to dark blue as the share grows (readable for the common forms of colour blindness).
    private func heat(_ rate: Double) -> String {
        let t = min(max(rate, 0), 1).squareRoot()
        let (r, g, b) = (247 - 239 * t, 251 - 203 * t, 255 - 148 * t)
        return DecimalText.hexColor(red: Int(r), green: Int(g), blue: Int(b))
    }

    private func legend(x: Double, y: Double) -> String {
        let stops = [0.0, 0.1, 0.25, 0.5, 1.0]
        return stops.enumerated().map { index, rate in
            let cx = x + Double(index) * 46
            return "<rect x=\"\(fmt(cx))\" y=\"\(fmt(y))\" width=\"14\" height=\"10\" fill=\"\(heat(rate))\" stroke=\"#ccc\"/>"
                + text(x: cx + 18, y: y + 9, percent(rate), anchor: "start", size: 9)
        }.joined()
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: Bool = false) -> String {
        "<line x1=\"\(fmt(x1))\" y1=\"\(fmt(y1))\" x2=\"\(fmt(x2))\" y2=\"\(fmt(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(fmt(width))\"\(dash ? " stroke-dasharray=\"3,3\"" : "")/>"
    }

    private func text(x: Double, y: Double, _ content: String, anchor: String, weight: String = "normal", size: Int = 12, fill: String = "#222") -> String {
        "<text x=\"\(fmt(x))\" y=\"\(fmt(y))\" text-anchor=\"\(anchor)\" font-weight=\"\(weight)\" font-size=\"\(size)\" fill=\"\(fill)\">\(escape(content))</text>"
    }

    private func fmt(_ value: Double) -> String { DecimalText.fixed(value, digits: 1) }
    private func signed(_ value: Double, digits: Int) -> String { DecimalText.fixed(value, digits: digits, plus: true).replacing("+0.00", with: "0.00") }
    private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    private func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
    }
}
