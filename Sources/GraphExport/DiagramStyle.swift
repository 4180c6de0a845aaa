import GraphModel

/// The look of a conflict diagram, as data: one place to change colours,
/// shapes, fonts and widths.
///
/// `briefing` is the default: actors are boxes and places ellipses (sites are
/// notes), each kind with its own light fill from Paul Tol's colour-blind-safe
/// "light" palette; predicates take Okabe–Ito-like line colours, so that
/// support and opposition stay distinct for red–green colour-blind readers
/// through line style too (opposition is bold, affiliation dashed, location
/// dotted).
public struct DiagramStyle: Hashable, Sendable {
    /// A font Debian ships (fonts-dejavu-core), for stable text metrics.
    public var fontName: String
    public var titleFontSize: Double
    public var nodeFontSize: Double
    public var edgeFontSize: Double
    /// The colour of edge labels and of the legend's text.
    public var textColor: String
    /// Drawing per entity kind.
    public var kinds: [EntityKind: NodeStyle]
    /// Drawing per predicate.
    public var predicates: [Predicate: EdgeStyle]
    /// Added line width per additional document stating a relation.
    public var widthPerSupport: Double
    /// The widest line, however many documents state a relation.
    public var maximumWidth: Double
    /// Above this many relations edges carry no label (only colour, style and
    /// tooltip): thousands of labels are unreadable and cost a fifth of an
    /// `sfdp` layout.
    public var edgeLabelLimit: Int
    /// Appended to the label of a relation that is only alleged.
    public var hedgedSuffix: String
    /// Alpha appended to a hedged relation's colour (`#RRGGBB` + `AA`): lighter.
    public var hedgedAlpha: String
    /// The legend box's caption.
    public var legendTitle: String
    /// Shown alone when the graph has no entity.
    public var emptyNote: String
    /// Titles wrap at spaces to lines of at most this many characters.
    public var titleWrapWidth: Int
    /// `dot`'s rank direction (`LR`, `TB`), node and rank separations in inches.
    public var rankDirection: String
    public var nodeSeparation: Double
    public var rankSeparation: Double
    /// The legend's font size, fill and outline colours.
    public var legendFontSize: Double
    public var legendFillColor: String
    public var legendLineColor: String
    /// How many kinds, and how many predicates, the legend puts in a row.
    public var legendKindsPerRow: Int
    public var legendPredicatesPerRow: Int
    /// The sample line of a predicate in the legend, per Graphviz line style
    /// (`solid`, `bold`, `dashed`, `dotted`); an arrowhead is added.
    public var legendLines: [String: String]
    /// The legend's name for the dashed, lighter line of an alleged relation.
    public var hedgedLegendLabel: String

    public init(
        fontName: String, titleFontSize: Double, nodeFontSize: Double, edgeFontSize: Double,
        textColor: String,
        kinds: [EntityKind: NodeStyle], predicates: [Predicate: EdgeStyle], widthPerSupport: Double,
        maximumWidth: Double, edgeLabelLimit: Int, hedgedSuffix: String, hedgedAlpha: String,
        legendTitle: String,
        emptyNote: String, titleWrapWidth: Int = 60, rankDirection: String = "LR",
        nodeSeparation: Double = 0.3, rankSeparation: Double = 0.6, legendFontSize: Double = 9,
        legendFillColor: String = "#F7F7F7", legendLineColor: String = "#BBBBBB", legendKindsPerRow: Int = 4,
        legendPredicatesPerRow: Int = 3,
        legendLines: [String: String] = [
            "solid": "\u{2500}\u{2500}\u{2500}", "bold": "\u{2501}\u{2501}\u{2501}",
            "dashed": "\u{254C}\u{254C}\u{254C}", "dotted": "\u{2508}\u{2508}\u{2508}",
        ],
        hedgedLegendLabel: String = "alleged"
    ) {
        self.fontName = fontName
        self.titleFontSize = titleFontSize
        self.nodeFontSize = nodeFontSize
        self.edgeFontSize = edgeFontSize
        self.textColor = textColor
        self.kinds = kinds
        self.predicates = predicates
        self.widthPerSupport = widthPerSupport
        self.maximumWidth = maximumWidth
        self.edgeLabelLimit = edgeLabelLimit
        self.hedgedSuffix = hedgedSuffix
        self.hedgedAlpha = hedgedAlpha
        self.legendTitle = legendTitle
        self.emptyNote = emptyNote
        self.titleWrapWidth = titleWrapWidth
        self.rankDirection = rankDirection
        self.nodeSeparation = nodeSeparation
        self.rankSeparation = rankSeparation
        self.legendFontSize = legendFontSize
        self.legendFillColor = legendFillColor
        self.legendLineColor = legendLineColor
        self.legendKindsPerRow = legendKindsPerRow
        self.legendPredicatesPerRow = legendPredicatesPerRow
        self.legendLines = legendLines
        self.hedgedLegendLabel = hedgedLegendLabel
    }

    /// The style of a diagram for an analyst's briefing.
    public static let briefing = DiagramStyle(
        fontName: "DejaVu Sans",
        titleFontSize: 18,
        nodeFontSize: 12,
        edgeFontSize: 10,
        textColor: "#333333",
        kinds: [
            .person: NodeStyle(shape: "box", style: "rounded,filled", fillColor: "#EEDD88"),
            .armedGroup: NodeStyle(shape: "box", style: "rounded,filled", fillColor: "#EE8866"),
            .government: NodeStyle(shape: "box", style: "filled", fillColor: "#77AADD"),
            .state: NodeStyle(shape: "box", style: "filled", fillColor: "#99DDFF"),
            .organization: NodeStyle(shape: "box", style: "rounded,filled", fillColor: "#FFAABB"),
            .country: NodeStyle(shape: "ellipse", fillColor: "#DDDDDD", lineColor: "#888888"),
            .region: NodeStyle(shape: "ellipse", fillColor: "#BBCC33", lineColor: "#888888"),
            .city: NodeStyle(shape: "ellipse", fillColor: "#44BB99", lineColor: "#888888"),
            .site: NodeStyle(shape: "note", fillColor: "#E8E4D8", lineColor: "#888888"),
        ],
        predicates: [
            .supports: EdgeStyle(color: "#009E73"),
            .alliedWith: EdgeStyle(color: "#0072B2", direction: "both"),
            .opposes: EdgeStyle(color: "#D55E00", style: "bold", baseWidth: 2),
            .affiliatedWith: EdgeStyle(color: "#7B3294", style: "dashed"),
            .controls: EdgeStyle(color: "#E69F00"),
            .locatedIn: EdgeStyle(color: "#AAAAAA", style: "dotted", baseWidth: 1),
            .leads: EdgeStyle(color: "#222222"),
            .partOf: EdgeStyle(color: "#777777"),
        ],
        widthPerSupport: 0.8,
        maximumWidth: 6,
        edgeLabelLimit: 1000,
        hedgedSuffix: " (alleged)",
        hedgedAlpha: "88",
        legendTitle: "Legend",
        emptyNote: "no entities",
        titleWrapWidth: 70,
        rankDirection: "LR",
        nodeSeparation: 0.35,
        rankSeparation: 0.8
    )

    /// The drawing of entities of `kind` (a plain box when the style has none).
    public func node(_ kind: EntityKind) -> NodeStyle {
        kinds[kind] ?? NodeStyle(shape: "box", fillColor: "#FFFFFF")
    }

    /// The drawing of relations with `predicate` (a thin black line when the style has none).
    public func edge(_ predicate: Predicate) -> EdgeStyle {
        predicates[predicate] ?? EdgeStyle(color: "#000000")
    }

    /// The line width of a relation stated by `support` distinct documents.
    public func width(_ predicate: Predicate, support: Int) -> Double {
        min(edge(predicate).baseWidth + Double(max(support - 1, 0)) * widthPerSupport, maximumWidth)
    }
}
