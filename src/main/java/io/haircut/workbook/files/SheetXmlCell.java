package io.haircut.workbook.files;

import io.haircut.workbook.cells.CellLimits;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The cell being read in a sheet's XML ({@code <c r="B7" t="s" s="3"><f>..</f><v>..</v></c>}), for the
 * two StAX walks over sheet XML: the importer's ({@link XlsxReader}) and the export's copy of a source
 * sheet. Feed it every event inside a row; when {@link #ended} says the cell is complete, read its
 * column, type, style, saved value and formula. Mutable and reused for every cell: a sheet has millions.
 */
public final class SheetXmlCell {

    /**
     * The cell types SpreadsheetML defines (ECMA-376 Part 1, 18.18.11), as constants: the readers switch on the
     * type, and a switch on a string hashes it, which a constant has done once and a fresh attribute value would
     * do for every cell. Anything else is returned as it is.
     */
    private static final String[] TYPES = {"n", "s", "inlineStr", "str", "b", "e", "d"};

    private int column = -1;
    private String type;
    private int style = -1;
    private StringBuilder value;
    private StringBuilder formula;
    private boolean inValue;
    private boolean inFormula;

    /** A new row: the next cell without a reference is in column A. */
    public void newRow() {
        column = -1;
    }

    /**
     * Takes a START_ELEMENT, CHARACTERS, CDATA or END_ELEMENT event of the cell markup ({@code c}, {@code v},
     * {@code t}, {@code f}); other elements are left to the caller. Returns true when a cell has just ended.
     */
    public boolean ended(int event, XMLStreamReader r) {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                switch (oneLetter(r.getLocalName())) {
                    case 'c' -> {
                        // By position rather than by name: a look-up by name compares names, three times a cell.
                        String ref = null;
                        String s = null;
                        type = null;
                        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
                            String name = r.getAttributeLocalName(i);
                            if (name.length() != 1) {
                                continue;
                            }
                            switch (name.charAt(0)) {
                                case 'r' -> ref = ref == null ? r.getAttributeValue(i) : ref;
                                case 't' -> type = type == null ? known(r.getAttributeValue(i)) : type;
                                case 's' -> s = s == null ? r.getAttributeValue(i) : s;
                                default -> { }
                            }
                        }
                        column = ref != null ? columnOf(ref) : column + 1;
                        style = s != null ? Integer.parseInt(s) : -1;
                        value = null;
                        formula = null;
                    }
                    case 'v', 't' -> {
                        inValue = true;
                        if (value == null) {
                            value = new StringBuilder();
                        }
                    }
                    case 'f' -> {
                        inFormula = true;
                        formula = new StringBuilder();
                    }
                    default -> { }
                }
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                if (inValue) {
                    value.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength()); // no String between
                } else if (inFormula) {
                    formula.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
            }
            case XMLStreamConstants.END_ELEMENT -> {
                switch (oneLetter(r.getLocalName())) {
                    case 'v', 't' -> inValue = false;
                    case 'f' -> inFormula = false;
                    case 'c' -> {
                        return true;
                    }
                    default -> { }
                }
            }
            default -> { }
        }
        return false;
    }

    /**
     * A one-letter element name's letter, else 0: the cell's elements ({@code c}, {@code v}, {@code t}, {@code f}) are
     * one letter, and a switch on the name as a string hashed it at every element (in a profile of the million-row
     * import and export, the hashing went from 86 samples to 36 with this and {@link #known}).
     */
    private static char oneLetter(String name) {
        return name.length() == 1 ? name.charAt(0) : 0;
    }

    static String known(String type) {
        for (String t : TYPES) {
            if (t.equals(type)) {
                return t;
            }
        }
        return type;
    }

    /** The 0-based column. */
    public int column() {
        return column;
    }

    /** The {@code t} attribute: null or n (number), s (shared string), str, inlineStr, b, e, d. */
    public String type() {
        return type;
    }

    /** The {@code s} attribute (an index into the styles), or -1. */
    public int style() {
        return style;
    }

    /** The saved value as written, or null when the cell has none. */
    public StringBuilder value() {
        return value;
    }

    /** The formula's text, or null. */
    public StringBuilder formula() {
        return formula;
    }

    /** The length of the value read so far, for the cell-size limit checked while it grows. */
    public int valueLength() {
        return inValue && value != null ? value.length() : 0;
    }

    /** Column index of a reference like "AB12" (letters only). */
    public static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length()) {
            char ch = ref.charAt(i);
            // Every cell of a sheet has a reference; plain capitals skip the Unicode letter tables.
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else if (Character.isLetter(ch)) {
                col = col * 26 + (Character.toUpperCase(ch) - 'A' + 1);
            } else {
                break;
            }
            i++;
            if (col > CellLimits.MAX_COLUMNS) {
                throw new NumberFormatException("'" + ref + "' is beyond Excel's last column, XFD");
            }
        }
        if (i == 0) {
            throw new NumberFormatException("no column letters in '" + ref + "'");
        }
        return col - 1;
    }
}
