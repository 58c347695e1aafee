package org.govmedia.workflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@code govmedia.web.max-request-body} is read, on any path (the REST
 * APIs, the webapps, WeChat's unauthenticated push address): the JSON readers of Spring and of the
 * engine's REST API, and a {@code byte[]} body, hold a whole body in memory, so one request of a
 * few gigabytes could take the server down. A larger declared {@code Content-Length} is answered
 * 413 before anything is read; a body without a length (chunked) is read up to the limit here and
 * answered 413 when it goes past it.
 */
@Configuration
public class RequestBodyLimit {

  @Bean
  FilterRegistrationBean<LimitFilter> requestBodyLimitFilter(
      @Value("${govmedia.web.max-request-body:8MB}") DataSize max, ObjectMapper json) {
    FilterRegistrationBean<LimitFilter> registration =
        new FilterRegistrationBean<>(new LimitFilter(max, json));
    registration.addUrlPatterns("/*");
    // Before the login throttle and Spring Security: a body is refused before anyone reads it.
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
    return registration;
  }

  static class LimitFilter extends OncePerRequestFilter {

    private final DataSize max;
    private final ObjectMapper json;

    LimitFilter(DataSize max, ObjectMapper json) {
      this.max = max;
      this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      long declared = request.getContentLengthLong();
      if (declared > max.toBytes()) {
        refuse(response);
        return;
      }
      if (declared >= 0 || !isChunked(request)) {
        chain.doFilter(request, response); // the container reads no more than Content-Length
        return;
      }
      byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max.toBytes() + 1));
      if (body.length > max.toBytes()) {
        refuse(response);
        return;
      }
      chain.doFilter(new BodyInMemory(request, body), response);
    }

    private static boolean isChunked(HttpServletRequest request) {
      String encoding = request.getHeader("Transfer-Encoding");
      return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    private void refuse(HttpServletResponse response) throws IOException {
      HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
      response.setStatus(status.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      // The connection is closed after the answer: the rest of the body is not read.
      response.setHeader("Connection", "close");
      byte[] body = json.writeValueAsBytes(new ApiError(status.value(), status.getReasonPhrase(), null,
          "请求内容过大：不能超过 " + max.toMegabytes() + " MB。(request body larger than " + max.toMegabytes()
              + " MB)"));
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      // Sent now: the container would otherwise first read (swallow) the body it was told of.
      response.flushBuffer();
    }
  }
}
