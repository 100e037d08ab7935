package io.haircut.xlsx.layout;

import java.math.BigDecimal;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * Native Excel charts (POI XDDF) over cell ranges of the workbook's small sheets, which are plain XSSF
 * sheets because a streaming sheet cannot hold a drawing. Each series names its range and carries its
 * values as the chart's cache, so a viewer that does not recalculate draws the same figures.
 */
public final class Charts {

    /** Where a chart goes: 0-based columns and rows of its top-left and bottom-right corners. */
    public record Box(int fromColumn, int fromRow, int toColumn, int toRow) {
    }

    /** The chart's categories: their labels and the range they come from ({@code 'Adjusted Revenue'!$A$3:$A$21}). */
    public record Categories(List<String> labels, String range) {
    }

    /**
     * One series: its title, its values and the range they come from. A reference series (the 1.0
     * break-even line) is drawn grey and dashed, apart from the data.
     */
    public record Series(String title, List<BigDecimal> values, String range, boolean reference) {

        public Series(String title, List<BigDecimal> values, String range) {
            this(title, values, range, false);
        }
    }

    /** Data series colours in order; grey is kept for reference lines. */
    private static final PresetColor[] PALETTE = {
        PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE, PresetColor.SEA_GREEN, PresetColor.FIREBRICK,
        PresetColor.MEDIUM_PURPLE, PresetColor.SADDLE_BROWN};

    private Charts() {
    }

    /**
     * A waterfall as stacked columns: an unfilled {@code base} series lifts each visible {@code bar} to
     * where its step starts, so a step floats between the levels before and after it. Stacked columns
     * rather than Excel 2016's native waterfall, which LibreOffice and older Excel cannot draw.
     */
    public static XSSFChart waterfall(XSSFSheet sheet, Box box, String title, Categories categories, Series base, Series bar,
            String numberFormat) {
        XSSFChart chart = chart(sheet, box, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis y = valueAxis(chart, numberFormat);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        XDDFCategoryDataSource cats = categories(categories);
        XDDFBarChartData.Series under = (XDDFBarChartData.Series) data.addSeries(cats, values(base));
        under.setTitle(base.title(), null);
        under.setInvertIfNegative(false);
        XDDFShapeProperties invisible = new XDDFShapeProperties();
        invisible.setFillProperties(new XDDFNoFillProperties());
        invisible.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        under.setShapeProperties(invisible);
        XDDFBarChartData.Series bars = (XDDFBarChartData.Series) data.addSeries(cats, values(bar));
        bars.setTitle(bar.title(), null);
        bars.setInvertIfNegative(false);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PALETTE[0])));
        bars.setShapeProperties(shape);
        data.setGapWidth(60);
        chart.plot(data);
        overlapFully(chart);
        return chart;
    }

    /**
     * Stacked columns must overlap fully ({@code <c:overlap val="100"/>}), or Excel draws them side by side.
     * Written as plain XML before the axis ids, where the schema puts it: the lite schema POI ships with
     * has no compiled type for the overlap element.
     */
    private static void overlapFully(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bar.getAxIdArray(0).newCursor()) {
            cursor.beginElement(new QName(XSSFRelation.NS_CHART, "overlap", "c"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    /**
     * A line chart whose value axis is logarithmic (base 10), so one scenario far above the others does
     * not flatten them. The axis starts at the power of ten below the smallest figure and below 1.0, so
     * the break-even line stays inside the plot. Only for positive figures: a logarithm of zero or a
     * negative number does not exist, and {@link #lines} is used then.
     */
    public static XSSFChart logLines(XSSFSheet sheet, Box box, String title, Categories categories, List<Series> series,
            String numberFormat) {
        XSSFChart chart = lines(sheet, box, title, categories, series, numberFormat);
        BigDecimal smallest = series.stream().flatMap(s -> s.values().stream()).reduce(BigDecimal.ONE, BigDecimal::min);
        XDDFValueAxis y = (XDDFValueAxis) chart.getAxes().stream().filter(a -> a instanceof XDDFValueAxis)
                .findFirst().orElseThrow();
        y.setLogBase(10.0);
        y.setMinimum(Math.pow(10, Math.ceil(Math.log10(smallest.doubleValue())) - 1));
        return chart;
    }

    /** True when every figure of every series can stand on a logarithmic axis. */
    public static boolean allPositive(List<Series> series) {
        return series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v.signum() > 0);
    }

    /** A line chart, one line per series over the same categories, with a legend. */
    public static XSSFChart lines(XSSFSheet sheet, Box box, String title, Categories categories, List<Series> series,
            String numberFormat) {
        XSSFChart chart = chart(sheet, box, title);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, numberFormat);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        XDDFCategoryDataSource cats = categories(categories);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(cats, values(s));
            line.setTitle(s.title(), null);
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(s.reference() ? PresetColor.GRAY : PALETTE[i % PALETTE.length])));
            stroke.setWidth(s.reference() ? 1.5 : 2.0);
            if (s.reference()) {
                stroke.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
                line.setMarkerStyle(MarkerStyle.NONE);
            }
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(stroke);
            line.setShapeProperties(shape);
        }
        chart.plot(data);
        return chart;
    }

    private static XSSFChart chart(XSSFSheet sheet, Box box, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, box.fromColumn(), box.fromRow(), box.toColumn(),
                box.toRow());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, String numberFormat) {
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setNumberFormat(numberFormat);
        return y;
    }

    private static XDDFCategoryDataSource categories(Categories c) {
        return XDDFDataSourcesFactory.fromArray(c.labels().toArray(String[]::new), c.range());
    }

    private static XDDFNumericalDataSource<Double> values(Series s) {
        return XDDFDataSourcesFactory.fromArray(Cells.chartCache(s.values()), s.range());
    }
}
