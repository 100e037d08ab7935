package io.haircut.workbook.files;

import io.haircut.workbook.ImportException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** One-line messages for a sheet whose XML a reader could not follow, naming the sheet and the place. */
final class WorkbookProblems {

    private WorkbookProblems() {
    }

    /** A sheet whose XML is not well-formed, or whose cells point at shared strings or styles that do not exist. */
    static ImportException damagedSheet(String file, String sheet, Exception e) {
        String where = file + "!" + sheet;
        if (e instanceof XMLStreamException x) {
            Location at = x.getLocation();
            String place = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            return new ImportException(where + ": the sheet's XML is damaged" + place
                    + "; get a fresh copy of the file, or open it in Excel and save it again", e);
        }
        return new ImportException(where + ": a cell refers to a shared string or a style that the workbook does not have;"
                + " the file is damaged: get a fresh copy of the file, or open it in Excel and save it again");
    }

    /**
     * POI reports damage in the parts it parses itself (workbook, styles, shared strings) with runtime
     * exceptions of many types (a number attribute that is not a number, a negative count, a missing
     * part); each means the workbook is damaged. haircut's own errors pass through unchanged.
     */
    static RuntimeException unreadable(String display, RuntimeException e) {
        if (e instanceof io.haircut.HaircutException) {
            return e;
        }
        return new ImportException(display + ": cannot read the workbook, it is damaged; get a fresh copy of the file, or open"
                + " it in Excel and save it again", e);
    }

    /** The parser's own words without its "ParseError at [row,col]" preamble, as one line. */
    static String parserMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = m.indexOf("Message: ");
        String text = at < 0 ? m : m.substring(at + "Message: ".length());
        text = text.replaceAll("\\s+", " ").trim();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
