package io.haircut.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every formula cell of a saved workbook, on every sheet: the value cached in the file (what a reader
 * that does not calculate shows) and the value POI's evaluator calculates from the formula. Numbers are
 * compared at 4 decimals (money is exact to the cent; shares and ratios are shown with at most 2).
 * A text result ("n/a") is kept as a marker, {@link #TEXT} + the text.
 */
public record FormulaCheck(Map<String, BigDecimal> cached, Map<String, BigDecimal> recalculated, Map<String, String> texts,
        Map<String, String> recalculatedTexts) {

    public static final String TEXT = "text:";

    public static FormulaCheck of(XSSFWorkbook workbook) {
        XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Map<String, BigDecimal> cached = new LinkedHashMap<>();
        Map<String, BigDecimal> recalculated = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> recalculatedTexts = new LinkedHashMap<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    String ref = sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false);
                    if (cell.getCachedFormulaResultType() == CellType.STRING) {
                        texts.put(ref, cell.getStringCellValue());
                    } else {
                        cached.put(ref, scaled(cell.getNumericCellValue()));
                    }
                    CellValue value = evaluator.evaluate(cell);
                    if (value.getCellType() == CellType.STRING) {
                        recalculatedTexts.put(ref, value.getStringValue());
                    } else {
                        recalculated.put(ref, scaled(value.getNumberValue()));
                    }
                }
            }
        }
        return new FormulaCheck(cached, recalculated, texts, recalculatedTexts);
    }

    public static BigDecimal scaled(double value) {
        return scaled(BigDecimal.valueOf(value));
    }

    public static BigDecimal scaled(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_EVEN);
    }
}
