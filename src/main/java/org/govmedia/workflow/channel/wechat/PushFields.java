package org.govmedia.workflow.channel.wechat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The fields of a WeChat push ({@code <xml><MsgType>text</MsgType>...</xml>}) as a map: an element
 * with children becomes a nested map (PUBLISHJOBFINISH's {@code PublishEventInfo}), a repeated
 * element a list, any other its text. Read with the JDK's own SAX parser, made once: DTDs and
 * external entities are refused. WxJava's {@code XmlUtils.xml2Map} asks JAXP for a new parser
 * factory on every call, which searches every jar of the class path for a provider; at 200 pushes
 * a second the request threads queued on the jar files' locks (seen in a flight recording of
 * {@code WechatIntakeBenchmark}).
 */
final class PushFields {

  private static final SAXParserFactory FACTORY = factory();

  private PushFields() {}

  /** The push's fields; an {@link IllegalArgumentException} for what is not well-formed XML. */
  static Map<String, Object> of(String xml) {
    Collector collector = new Collector();
    try {
      FACTORY.newSAXParser().parse(new InputSource(new StringReader(xml)), collector);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new IllegalArgumentException("not a WeChat push: " + e.getMessage(), e);
    }
    return collector.root == null ? Map.of() : collector.root;
  }

  private static SAXParserFactory factory() {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      return factory;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's SAX parser cannot be configured safely", e);
    }
  }

  /** Builds the map of the root element's children while the parser reads. */
  private static final class Collector extends DefaultHandler {

    private final Deque<Map<String, Object>> open = new ArrayDeque<>();
    private final Deque<String> names = new ArrayDeque<>();
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private Map<String, Object> root;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (!hasChildren.isEmpty() && !hasChildren.peek()) {
        // The parent turns out to hold elements: it becomes a map.
        hasChildren.pop();
        hasChildren.push(true);
        open.push(new LinkedHashMap<>());
      }
      if (root == null && open.isEmpty()) {
        root = new LinkedHashMap<>();
        open.push(root);
        names.push(qName);
        hasChildren.push(true);
        return;
      }
      names.push(qName);
      hasChildren.push(false);
      text.setLength(0);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      text.append(ch, start, length);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void endElement(String uri, String localName, String qName) {
      boolean children = hasChildren.pop();
      String name = names.pop();
      Object value = children ? open.pop() : text.toString().trim();
      text.setLength(0);
      if (open.isEmpty()) {
        return; // the root closed
      }
      Map<String, Object> parent = open.peek();
      Object before = parent.get(name);
      if (before == null) {
        parent.put(name, value);
      } else if (before instanceof List<?> list) {
        ((List<Object>) list).add(value);
      } else {
        List<Object> list = new ArrayList<>();
        list.add(before);
        list.add(value);
        parent.put(name, list);
      }
    }
  }
}
