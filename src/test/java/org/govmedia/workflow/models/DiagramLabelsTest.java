package org.govmedia.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every label of a diagram sits by its element, as Camunda Modeler places it: a gateway's question
 * beside its gateway, a flow's answer beside its flow. A label left where an element used to be
 * (message-reply's 职责范围内？ stood 200 px away, over another gateway, and its 否 inside an
 * annotation) tells an analyst or a supervisor in Cockpit the wrong branch.
 */
class DiagramLabelsTest {

  private static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String DD_DI = "http://www.omg.org/spec/DD/20100524/DI";
  /** How far a label may stand from its element (px); Modeler puts them within about 20. */
  private static final double NEAR = 60;

  @Test
  void everyLabelStandsByItsElement() throws Exception {
    List<String> astray = new ArrayList<>();
    int labels = 0;
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document model = factory.newDocumentBuilder().parse(file.toFile());
        for (String kind : List.of("BPMNShape", "BPMNEdge")) {
          NodeList elements = model.getElementsByTagNameNS(DI, kind);
          for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            NodeList label = element.getElementsByTagNameNS(DI, "BPMNLabel");
            if (label.getLength() == 0) {
              continue;
            }
            labels++;
            double[] box = bounds((Element) ((Element) label.item(0)).getElementsByTagNameNS(DC, "Bounds").item(0));
            double distance = kind.equals("BPMNShape")
                ? distance(box, bounds(firstChild(element, "Bounds")))
                : edgeDistance(box, element.getElementsByTagNameNS(DD_DI, "waypoint"));
            if (distance > NEAR) {
              astray.add(file.getFileName() + " " + element.getAttribute("bpmnElement") + ": "
                  + Math.round(distance) + " px away");
            }
          }
        }
      }
    }
    assertThat(labels).as("labels read").isGreaterThan(100);
    assertThat(astray).as("labels away from their element").isEmpty();
  }

  private static Element firstChild(Element parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child && DC.equals(child.getNamespaceURI())
          && name.equals(child.getLocalName())) {
        return child;
      }
    }
    throw new IllegalStateException("no " + name + " in " + parent.getAttribute("id"));
  }

  /** x1, y1, x2, y2. */
  private static double[] bounds(Element b) {
    double x = Double.parseDouble(b.getAttribute("x"));
    double y = Double.parseDouble(b.getAttribute("y"));
    return new double[] {x, y, x + Double.parseDouble(b.getAttribute("width")),
        y + Double.parseDouble(b.getAttribute("height"))};
  }

  private static double distance(double[] a, double[] b) {
    double dx = Math.max(0, Math.max(a[0], b[0]) - Math.min(a[2], b[2]));
    double dy = Math.max(0, Math.max(a[1], b[1]) - Math.min(a[3], b[3]));
    return Math.hypot(dx, dy);
  }

  /** The label's distance to the nearest point of the flow's segments (sampled). */
  private static double edgeDistance(double[] box, NodeList waypoints) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i + 1 < waypoints.getLength(); i++) {
      Element p = (Element) waypoints.item(i);
      Element q = (Element) waypoints.item(i + 1);
      double px = Double.parseDouble(p.getAttribute("x"));
      double py = Double.parseDouble(p.getAttribute("y"));
      double qx = Double.parseDouble(q.getAttribute("x"));
      double qy = Double.parseDouble(q.getAttribute("y"));
      for (int s = 0; s <= 50; s++) {
        double x = px + (qx - px) * s / 50;
        double y = py + (qy - py) * s / 50;
        best = Math.min(best, distance(box, new double[] {x, y, x, y}));
      }
    }
    return best;
  }
}
