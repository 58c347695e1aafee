package org.govmedia.workflow.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Personal data by shape and check digit: what may not be published is caught, look-alikes are not. */
class PersonalDataFinderTest {

  private static ScreeningMatcher matcher;

  @BeforeAll
  static void build() {
    ShippedLists lists = ShippedLists.load();
    matcher = new ScreeningMatcher(lists.entries(), lists.allowed());
  }

  private static List<ScreeningHit> screen(String text) {
    return matcher.screen("body", text);
  }

  @Test
  void aValidIdNumberIsCaughtAndOneWithAWrongCheckDigitIsNot() {
    assertThat(screen("申请人身份证号11010519491231002X，现居本市。")).singleElement().satisfies(hit -> {
      assertThat(hit.word()).isEqualTo("11010519491231002X");
      assertThat(hit.start()).isEqualTo(7);
      assertThat(hit.category()).isEqualTo(ScreeningCategory.PERSONAL_DATA);
      assertThat(hit.categoryName()).isEqualTo("个人信息");
      assertThat(hit.correction()).contains("身份证号码");
      assertThat(hit.source()).contains("个人信息保护法");
    });
    assertThat(screen("身份证号440304199001011233。")).hasSize(1);
    // Same 17 digits, wrong check character; and a valid one with its last digit changed.
    assertThat(screen("申请人身份证号110105194912310021，现居本市。")).isEmpty();
    assertThat(screen("身份证号440304199001011234。")).isEmpty();
  }

  @Test
  void mobileNumbersAreCaughtWithOrWithoutSeparatorsAndLandlinesAreNot() {
    assertThat(screen("电话13812345678")).extracting(ScreeningHit::word).containsExactly("13812345678");
    assertThat(screen("电话138-1234-5678")).extracting(ScreeningHit::word).containsExactly("138-1234-5678");
    assertThat(screen("电话+8613912345678")).extracting(ScreeningHit::word).containsExactly("+8613912345678");
    assertThat(screen("咨询电话0433-1234567，服务热线12345")).isEmpty();
    assertThat(screen("编号123812345678901")).isEmpty();
  }

  @Test
  void bankCardNumbersAreCaughtOnlyWithAValidLuhnDigit() {
    assertThat(screen("卡号6222021234567890128")).extracting(ScreeningHit::word).containsExactly("6222021234567890128");
    assertThat(screen("卡号6217 0012 3456 7893")).extracting(ScreeningHit::word).containsExactly("6217 0012 3456 7893");
    assertThat(screen("卡号6222021234567890127")).isEmpty();
    assertThat(screen("卡号6217 0012 3456 7894")).isEmpty();
  }

  @Test
  void theChecksFollowTheirStandards() {
    assertThat(PersonalDataFinder.validIdNumber("11010519491231002X")).isTrue();
    assertThat(PersonalDataFinder.validIdNumber("11010519491231002x")).isTrue();
    assertThat(PersonalDataFinder.validIdNumber("110105194912310020")).isFalse();
    assertThat(PersonalDataFinder.luhn("79927398713")).isTrue();
    assertThat(PersonalDataFinder.luhn("79927398710")).isFalse();
  }
}
