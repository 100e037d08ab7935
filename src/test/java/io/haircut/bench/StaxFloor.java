package io.haircut.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The benchmark's floor: inflate the first worksheet of a ledger and walk its XML events with the JDK's own StAX
 * parser, building nothing. No import can be faster than this with that parser. Prints the count of cells so the
 * walk cannot be optimised away. Usage: {@code StaxFloor LEDGER.xlsx}.
 */
public final class StaxFloor {

    private StaxFloor() {
    }

    public static void main(String[] args) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        long cells = 0;
        long chars = 0;
        try (ZipFile zip = new ZipFile(Path.of(args[0]).toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            try (InputStream in = zip.getInputStream(sheet)) {
                XMLStreamReader xml = factory.createXMLStreamReader(in);
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                        cells++;
                    } else if (event == XMLStreamConstants.CHARACTERS) {
                        chars += xml.getTextLength();
                    }
                }
            }
        }
        System.out.println("cells=" + cells + " chars=" + chars);
    }
}
