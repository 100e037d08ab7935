package io.haircut.export;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
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
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (POI XDDF) over cell ranges of the workbook's small sheets, which are plain XSSF
 * sheets because a streaming sheet cannot hold a drawing. Each series names its range and carries its
 * values as the chart's cache, so a viewer that does not recalculate draws the same figures.
 */
final class Charts {

    /** Where a chart goes: 0-based columns and rows of its top-left and bottom-right corners. */
    record Box(int fromColumn, int fromRow, int toColumn, int toRow) {
    }

    /** The chart's categories: their labels and the range they come from ({@code 'Adjusted Revenue'!$A$3:$A$21}). */
    record Categories(List<String> labels, String range) {
    }

    /**
     * One series: its title, its values and the range they come from. A reference series (the 1.0
     * break-even line) is drawn grey and dashed, apart from the data.
     */
    record Series(String title, List<BigDecimal> values, String range, boolean reference) {

        Series(String title, List<BigDecimal> values, String range) {
            this(title, values, range, false);
        }
    }

    /** Data series colours in order; grey is kept for reference lines. */
    private static final PresetColor[] PALETTE = {
        PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE, PresetColor.SEA_GREEN, PresetColor.FIREBRICK,
        PresetColor.MEDIUM_PURPLE, PresetColor.SADDLE_BROWN};

    private Charts() {
    }

    /** A column chart, one column per category, negatives below the axis (the bridge's steps). */
    static XSSFChart columns(XSSFSheet sheet, Box box, String title, Categories categories, Series series,
            String numberFormat) {
        XSSFChart chart = chart(sheet, box, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTickLabelPosition(AxisTickLabelPosition.LOW); // labels below the chart even when bars go negative
        XDDFValueAxis y = valueAxis(chart, numberFormat);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series bars = (XDDFBarChartData.Series) data.addSeries(categories(categories), values(series));
        bars.setTitle(series.title(), null);
        bars.setInvertIfNegative(false);
        // An explicit fill: without one LibreOffice draws the bars transparent.
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PALETTE[0])));
        bars.setShapeProperties(shape);
        data.setGapWidth(60);
        chart.plot(data);
        return chart;
    }

    /** A line chart, one line per series over the same categories, with a legend. */
    static XSSFChart lines(XSSFSheet sheet, Box box, String title, Categories categories, List<Series> series,
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
