package org.govmedia.workflow.channel.wechat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountNotFoundException;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.identity.Role;
import org.govmedia.workflow.web.ApiError;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code PUT /api/accounts/{id}/channel}: connects a register account to its WeChat official
 * account. Administrators, and account admins of the account's unit (members of a Camunda group of
 * type {@code unit} whose name is the account's owner unit); anyone else 403 with nothing changed.
 * {@code GET} the same path shows the public part only: no secret is ever answered.
 */
@RestController
@RequestMapping("/api/accounts/{id}/channel")
public class WechatChannelController {

  /** The Camunda group type of a unit; the group's name is the owner unit of its accounts. */
  public static final String UNIT_GROUP_TYPE = "unit";

  private static final Set<String> FIELDS = Set.of("platform", "appId", "appSecret", "token",
      "encodingAesKey", "thumbMediaId");

  private final AccountRegister register;
  private final WechatChannels channels;
  private final ProcessEngine engine;
  private final WechatApi api;

  public WechatChannelController(AccountRegister register, WechatChannels channels, ProcessEngine engine,
      WechatApi api) {
    this.register = register;
    this.channels = channels;
    this.engine = engine;
    this.api = api;
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ChannelView(Long accountId, String platform, String platformName, String appId,
      String thumbMediaId, String serverUrl, Instant updatedAt, String updatedBy, boolean secretsStored) {}

  @PutMapping
  @Transactional
  public ChannelView put(@PathVariable String id, @RequestBody Map<String, Object> body,
      Authentication caller) {
    Account account = mayConfigure(id, caller);
    for (String field : body.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new BadRequestException(field, "字段 " + field + " 不可用于微信渠道 (unknown field; "
            + "expected " + FIELDS + ")");
      }
    }
    String platform = InputRules.requiredText(body.get("platform"), "platform", 16);
    if (!AccountPlatform.WECHAT.name().equals(platform)) {
      throw new BadRequestException("platform", "字段 platform 只能是 WECHAT（微信公众号）(only WeChat "
          + "official accounts have a channel)");
    }
    if (account.getPlatform() != AccountPlatform.WECHAT) {
      throw new BadRequestException("platform", "该账号不是微信公众号，不能接入微信渠道 (the register "
          + "account is not a WeChat official account)");
    }
    String appId = InputRules.requiredText(body.get("appId"), "appId", 32);
    if (!appId.matches("wx[0-9A-Za-z]{16}")) {
      throw new BadRequestException("appId", "字段 appId 应以 wx 开头，共18位字母或数字（见公众平台"
          + "“设置与开发—基本配置”）(appId starts with wx, 18 letters or digits)");
    }
    String appSecret = InputRules.requiredText(body.get("appSecret"), "appSecret", 64);
    if (!appSecret.matches("[0-9A-Za-z]{32}")) {
      throw new BadRequestException("appSecret", "字段 appSecret 应为32位字母或数字 (AppSecret is 32 "
          + "letters or digits)");
    }
    String token = InputRules.requiredText(body.get("token"), "token", 64);
    if (!token.matches("[0-9A-Za-z]{3,32}")) {
      throw new BadRequestException("token", "字段 token 应为3至32位英文或数字（与公众平台“令牌(Token)”"
          + "一致）(Token: 3 to 32 letters or digits)");
    }
    String aesKey = InputRules.requiredText(body.get("encodingAesKey"), "encodingAesKey", 64);
    if (!aesKey.matches("[0-9A-Za-z]{43}")) {
      throw new BadRequestException("encodingAesKey", "字段 encodingAesKey 应为43位字母或数字（公众平台"
          + "“消息加解密密钥”）(EncodingAESKey is 43 letters or digits)");
    }
    String thumb = InputRules.text(body.get("thumbMediaId"), "thumbMediaId", 128);
    if (thumb != null && !thumb.matches("[0-9A-Za-z_-]{1,128}")) {
      throw new BadRequestException("thumbMediaId", "字段 thumbMediaId 应为永久素材的 media_id "
          + "(the media_id of a permanent image)");
    }
    channels.save(new WechatChannel(account.getId(), appId, appSecret, token, aesKey, thumb,
        ClockUtil.getCurrentTime().toInstant()), caller.getName());
    long accountId = account.getId();
    api.forget(accountId);
    org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
        new org.springframework.transaction.support.TransactionSynchronization() {
          @Override
          public void afterCommit() {
            api.forget(accountId);
          }
        });
    return view(account.getId());
  }

  @GetMapping
  public ChannelView get(@PathVariable String id, Authentication caller) {
    Account account = mayConfigure(id, caller);
    return view(account.getId());
  }

  private ChannelView view(long accountId) {
    String serverUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/channels/wechat/{id}").buildAndExpand(accountId).toUriString();
    return channels.publicPart(accountId)
        .map(p -> new ChannelView(accountId, AccountPlatform.WECHAT.name(), "微信公众号", p.appId(),
            p.thumbMediaId(), serverUrl, p.updatedAt(), p.updatedBy(), true))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "该账号尚未接入微信渠道 (no WeChat channel)"));
  }

  /** The account, when the caller may configure its channel; else 403 (404 only for those who may). */
  private Account mayConfigure(String id, Authentication caller) {
    boolean admin = has(caller, Role.ADMINS.groupId());
    if (!admin && !has(caller, Role.ACCOUNT_ADMINS.groupId())) {
      throw forbidden();
    }
    Account account;
    try {
      account = register.get(id);
    } catch (AccountNotFoundException e) {
      if (admin) {
        throw e;
      }
      throw forbidden();
    }
    if (!admin && !unitsOf(caller.getName()).contains(account.getOwnerUnit())) {
      throw forbidden();
    }
    return account;
  }

  private static ResponseStatusException forbidden() {
    return new ResponseStatusException(HttpStatus.FORBIDDEN, "无权配置该账号的微信渠道（仅本单位账号管理员"
        + "和管理员）(only the account admins of the account's unit and administrators)");
  }

  private static boolean has(Authentication caller, String group) {
    return caller != null && caller.getAuthorities().stream().anyMatch(a -> group.equals(a.getAuthority()));
  }

  /** The names of the unit groups the user belongs to (read without the caller's authorizations). */
  private List<String> unitsOf(String userId) {
    var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return config.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> engine.getIdentityService().createGroupQuery().groupMember(userId)
            .groupType(UNIT_GROUP_TYPE).list().stream().map(Group::getName).toList()));
  }

  @ExceptionHandler(AccountNotFoundException.class)
  public ResponseEntity<ApiError> notFound(AccountNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(404, "Not Found", "id",
        e.getMessage()));
  }
}
