package org.govmedia.workflow.channel.wechat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the channel secrets for the database with AES-GCM (the JDK's own cipher): the key is the
 * base64 of 32 random bytes in {@code GOVMEDIA_SECRET_KEY}. Without it a random key is made for this
 * run and the log says so (not the key): secrets stored then cannot be read after a restart.
 * The associated data binds a ciphertext to its account and field, so one cannot be moved to another.
 */
@Component
public class SecretBox {

  private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
  private static final String VERSION = "v1:";
  private static final int NONCE_BYTES = 12;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public SecretBox(@Value("${GOVMEDIA_SECRET_KEY:}") String configured) {
    byte[] bytes;
    if (configured == null || configured.isBlank()) {
      bytes = new byte[32];
      random.nextBytes(bytes);
      log.warn("GOVMEDIA_SECRET_KEY is not set: generated a random key for this run to encrypt the "
          + "WeChat channel secrets; channels saved now cannot be read after a restart. Set "
          + "GOVMEDIA_SECRET_KEY (base64 of 32 random bytes, e.g. `openssl rand -base64 32`) in production.");
    } else {
      bytes = Base64.getDecoder().decode(configured.trim());
      if (bytes.length != 32 && bytes.length != 16) {
        throw new IllegalStateException("GOVMEDIA_SECRET_KEY must be the base64 of 16 or 32 bytes");
      }
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  public String seal(String plain, String context) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[NONCE_BYTES + sealed.length];
      System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return VERSION + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt a channel secret", e);
    }
  }

  public String open(String stored, String context) {
    if (stored == null || !stored.startsWith(VERSION)) {
      throw new IllegalStateException("not a sealed secret");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot decrypt a channel secret (was GOVMEDIA_SECRET_KEY changed?)");
    }
  }
}
