package org.govmedia.workflow.account;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An account of the register 台账. Its status changes only through
 * {@link AccountRegister#changeStatus}, which writes the history row; there is no public setter.
 */
@Entity
@Table(name = "gm_account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AccountPlatform platform;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_class", nullable = false, length = 32)
  private AccountClass accountClass;

  @Column(name = "owner_unit", nullable = false, length = 200)
  private String ownerUnit;

  @Column(name = "rule_set", nullable = false, length = 32)
  private String ruleSet;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private AccountStatus status;

  /** True while the opening filing is overdue and not yet confirmed (gaoxian 7(3)). */
  @Column(nullable = false)
  private boolean unfiled;

  @Column(length = 1000)
  private String link;

  @Column(name = "opened_on")
  private LocalDate openedOn;

  @Column(name = "filed_at")
  private Instant filedAt;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "name", column = @Column(name = "leader_name", length = 100)),
      @AttributeOverride(name = "title", column = @Column(name = "leader_title", length = 100)),
      @AttributeOverride(name = "phone", column = @Column(name = "leader_phone", length = 40))})
  private ResponsiblePerson leader;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "name", column = @Column(name = "reviewer_name", length = 100)),
      @AttributeOverride(name = "title", column = @Column(name = "reviewer_title", length = 100)),
      @AttributeOverride(name = "phone", column = @Column(name = "reviewer_phone", length = 40))})
  private ResponsiblePerson reviewer;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "name", column = @Column(name = "publisher_name", length = 100)),
      @AttributeOverride(name = "title", column = @Column(name = "publisher_title", length = 100)),
      @AttributeOverride(name = "phone", column = @Column(name = "publisher_phone", length = 40))})
  private ResponsiblePerson publisher;

  /** Run by a third party (gaoxian 1): then the company, contract and agreement below are set. */
  @Column(name = "third_party", nullable = false)
  private boolean thirdParty;

  @Column(name = "operator_company", length = 200)
  private String operatorCompany;

  @Column(name = "contract_number", length = 100)
  private String contractNumber;

  @Column(name = "contract_valid_from")
  private LocalDate contractValidFrom;

  @Column(name = "contract_valid_to")
  private LocalDate contractValidTo;

  @Column(name = "agreement_valid_from")
  private LocalDate agreementValidFrom;

  @Column(name = "agreement_valid_to")
  private LocalDate agreementValidTo;

  /** gaoxian 1: the operator's qualification (资质) for information dissemination and new-media operation. */
  @Column(name = "operator_qualification", length = 200)
  private String operatorQualification;

  @Column(name = "qualification_valid_to")
  private LocalDate qualificationValidTo;

  /** henan 3(1): the unit's level as stated at admission; null when not stated. */
  @Enumerated(EnumType.STRING)
  @Column(name = "unit_level", length = 32)
  private UnitLevel unitLevel;

  /** 准入理由 The reason an administrator recorded to admit the account against a rule in principle. */
  @Column(name = "admission_reason", length = 1000)
  private String admissionReason;

  @Column(name = "admission_reason_by", length = 64)
  private String admissionReasonBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Account() {}

  Account(AccountData data, AccountStatus status, Instant now) {
    this.name = data.name();
    this.platform = data.platform();
    this.accountClass = data.accountClass();
    this.ownerUnit = data.ownerUnit();
    this.ruleSet = data.ruleSet();
    this.link = data.link();
    this.openedOn = data.openedOn();
    this.status = status;
    this.createdAt = now;
    this.updatedAt = now;
    setPeople(data.people(), now);
    setOperator(data.operator(), now);
  }

  void setStatus(AccountStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  void setPeople(ResponsiblePeople people, Instant now) {
    if (people != null) {
      this.leader = people.leader();
      this.reviewer = people.reviewer();
      this.publisher = people.publisher();
    }
    this.updatedAt = now;
  }

  /** The third party running the account, or null: the owner unit runs it itself. */
  void setOperator(ThirdPartyOperator operator, Instant now) {
    this.thirdParty = operator != null;
    this.operatorCompany = operator == null ? null : operator.company();
    this.contractNumber = operator == null ? null : operator.contractNumber();
    this.contractValidFrom = operator == null ? null : operator.contractValidFrom();
    this.contractValidTo = operator == null ? null : operator.contractValidTo();
    this.agreementValidFrom = operator == null ? null : operator.agreementValidFrom();
    this.agreementValidTo = operator == null ? null : operator.agreementValidTo();
    this.updatedAt = now;
  }

  void setAdmission(AccountAdmission.Admitted admitted) {
    this.unitLevel = admitted.unitLevel();
    this.admissionReason = admitted.reason();
    this.admissionReasonBy = admitted.reason() == null ? null : admitted.recordedBy();
  }

  void setUnfiled(boolean unfiled, Instant now) {
    this.unfiled = unfiled;
    this.updatedAt = now;
  }

  void setFiledAt(Instant filedAt) {
    this.filedAt = filedAt;
    this.updatedAt = filedAt;
  }

  void setOpenedOn(LocalDate openedOn, Instant now) {
    this.openedOn = openedOn;
    this.updatedAt = now;
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public AccountPlatform getPlatform() { return platform; }
  public AccountClass getAccountClass() { return accountClass; }
  public String getOwnerUnit() { return ownerUnit; }
  public String getRuleSet() { return ruleSet; }
  public AccountStatus getStatus() { return status; }
  public boolean isUnfiled() { return unfiled; }
  public String getLink() { return link; }
  public LocalDate getOpenedOn() { return openedOn; }
  public Instant getFiledAt() { return filedAt; }
  public ResponsiblePerson getLeader() { return leader; }
  public ResponsiblePerson getReviewer() { return reviewer; }
  public ResponsiblePerson getPublisher() { return publisher; }
  public boolean isThirdParty() { return thirdParty; }
  public String getOperatorCompany() { return operatorCompany; }
  public String getOperatorQualification() { return operatorQualification; }
  public LocalDate getQualificationValidTo() { return qualificationValidTo; }

  void setOperatorQualification(String qualification, LocalDate validTo, Instant now) {
    this.operatorQualification = qualification;
    this.qualificationValidTo = validTo;
    this.updatedAt = now;
  }
  public String getContractNumber() { return contractNumber; }
  public LocalDate getContractValidFrom() { return contractValidFrom; }
  public LocalDate getContractValidTo() { return contractValidTo; }
  public LocalDate getAgreementValidFrom() { return agreementValidFrom; }
  public LocalDate getAgreementValidTo() { return agreementValidTo; }
  public UnitLevel getUnitLevel() { return unitLevel; }
  public String getAdmissionReason() { return admissionReason; }
  public String getAdmissionReasonBy() { return admissionReasonBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }

  /** The third party running the account, or null when the owner unit runs it itself. */
  public ThirdPartyOperator operator() {
    return thirdParty ? new ThirdPartyOperator(operatorCompany, contractNumber, contractValidFrom,
        contractValidTo, agreementValidFrom, agreementValidTo) : null;
  }

  public ResponsiblePeople people() {
    return new ResponsiblePeople(leader, reviewer, publisher);
  }

  /**
   * 保密协议 Whether the account has a security and confidentiality agreement with its third-party
   * operator valid on the day (gaoxian 1; validity dates inclusive). False for an account the unit
   * runs itself (it has no agreement): the inspection's finding is
   * {@code account.isThirdParty() && !account.hasValidConfidentialityAgreement(day)}.
   */
  public boolean hasValidConfidentialityAgreement(LocalDate on) {
    ThirdPartyOperator operator = operator();
    return operator != null && operator.agreementValidOn(on);
  }

  /** Whether the third-party operator's contract is valid on the day (gaoxian 1); false without one. */
  public boolean hasValidOperatorContract(LocalDate on) {
    ThirdPartyOperator operator = operator();
    return operator != null && operator.contractValidOn(on);
  }
}
