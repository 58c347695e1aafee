package org.govmedia.workflow.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped lists: each category catches its errors with the right correction and leaves the correct form alone. */
class ScreeningListsTest {

  private static ShippedLists lists;
  private static ScreeningMatcher matcher;

  @BeforeAll
  static void build() {
    lists = ShippedLists.load();
    matcher = new ScreeningMatcher(lists.entries(), lists.allowed());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      OBSOLETE_AGENCY   | 县环保局开展执法检查。         | 环保局         | 生态环境局     | 县生态环境局开展执法检查。
      OBSOLETE_AGENCY   | 国家旅游局发布假期数据。       | 国家旅游局     | 文化和旅游部   | 文化和旅游部发布假期数据。
      OBSOLETE_AGENCY   | 国土资源部印发通知。           | 国土资源部     | 自然资源部     | 自然资源部印发通知。
      OBSOLETE_AGENCY   | 区卫计委发布提醒。             | 卫计委         | 卫健委         | 区卫健委发布提醒。
      TITLES_ORGANS     | 经国务院总书记批准。           | 国务院总书记   | 国务院总理     | 经国务院总理批准。
      TAIWAN_HK_MACAO   | 台湾总统发表讲话。             | 台湾总统       | 台湾地区领导人 | 台湾地区领导人发表讲话。
      TAIWAN_HK_MACAO   | 促进中港两地交流。             | 中港           | 内地与香港     | 促进内地与香港两地交流。
      XINHUA_2016       | 村长带领村民致富。             | 村长           | 村主任（村民委员会主任） | 村主任带领村民致富。
      OFFICIAL_TYPO     | 要不忘出心，牢记使命。         | 不忘出心       | 不忘初心       | 要不忘初心，牢记使命。
      RENAMED_TERM      | 做好新型冠状病毒肺炎防控。     | 新型冠状病毒肺炎 | 新型冠状病毒感染 | 做好新型冠状病毒感染防控。
      AD_SUPERLATIVE    | 本店提供最佳服务。             | 最佳           | 删去绝对化用语，改用客观表述 | 本店提供优质服务。
      COMMERCIAL_AD     | 本店限时抢购。                 | 限时抢购       | 删去商业广告内容 | 本店商品丰富。
      EMOTIONAL_OPINION | 我觉得这项政策很好。           | 我觉得         | 删去个人观点，改用客观陈述 | 这项政策受到群众欢迎。
      SENSITIVE         | 群里有人发网络赌博链接。       | 网络赌博       |                | 警方提醒群众远离违法活动。
      """)
  void eachCategoryCatchesItsErrorWithTheCorrectionAndLeavesTheCorrectFormAlone(ScreeningCategory category,
      String wrong, String word, String correction, String right) {
    List<ScreeningHit> hits = matcher.screen("body", wrong);
    assertThat(hits).singleElement().satisfies(hit -> {
      assertThat(hit.category()).isEqualTo(category);
      assertThat(hit.word()).isEqualTo(word);
      assertThat(hit.start()).isEqualTo(wrong.indexOf(word));
      assertThat(hit.correction()).isEqualTo(correction);
      assertThat(hit.source()).isNotBlank();
      assertThat(hit.categoryName()).isEqualTo(category.chinese());
    });
    assertThat(matcher.screen("body", right)).isEmpty();
  }

  @Test
  void aCorrectLongerPhraseDoesNotTriggerAShorterWrongOneAndPlaceNamesNeverHit() {
    assertThat(matcher.screen("body", "国务院总理主持会议。")).isEmpty();
    assertThat(matcher.screen("body", "国务院总书记主持会议。")).extracting(ScreeningHit::word).containsExactly("国务院总书记");
    assertThat(matcher.screen("body", "游客在天安门广场观看升旗仪式，天安门城楼庄严肃穆。")).isEmpty();
    assertThat(matcher.screen("body", "各级农业部门、纪检监察部门、环保部门要加强协作。")).isEmpty();
    assertThat(matcher.screen("body", "其中港澳台居民三百余人。")).isEmpty();
    assertThat(matcher.screen("body", "该村长期坚持发展特色产业。")).isEmpty();
    // The longer wrong form is reported once, with its own correction, not also as the shorter one it holds.
    assertThat(matcher.screen("body", "国家卫生计生委发布通知。")).singleElement()
        .satisfies(hit -> assertThat(hit.correction()).isEqualTo("国家卫生健康委"));
  }

  @Test
  void everyListedEntryIsCaughtWithItsOwnCorrectionAndSource() {
    for (ScreeningEntry entry : lists.entries()) {
      if (entry.category() == ScreeningCategory.PERSONAL_DATA) {
        continue;
      }
      String text = "据报道，" + entry.word() + "。";
      assertThat(matcher.screen("body", text)).as(entry.key())
          .anySatisfy(hit -> {
            assertThat(hit.category()).isEqualTo(entry.category());
            assertThat(hit.start()).isEqualTo(4);
            assertThat(hit.correction()).isEqualTo(entry.correction());
            assertThat(hit.source()).isEqualTo(entry.source());
          });
    }
  }

  @Test
  void everyListHasEntriesWithSourcesAndTheErroneousOnesHaveCorrections() {
    for (ScreeningCategory category : ScreeningCategory.values()) {
      assertThat(lists.of(category)).as(category.name()).isNotEmpty();
      assertThat(lists.versions().get(category)).as(category.name()).isNotBlank();
    }
    assertThat(lists.entries()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
    assertThat(lists.entries()).filteredOn(e -> e.category().kind() == ScreeningKind.ERRONEOUS)
        .allSatisfy(e -> assertThat(e.correction()).as(e.key()).isNotBlank());
  }

  @Test
  void aHitReadsInChineseWithItsCategoryCorrectionAndSource() {
    ScreeningHit hit = matcher.screen("title", "经国务院总书记批准").get(0);
    assertThat(hit.describe()).startsWith("标题第2字起「国务院总书记」应为「国务院总理」（职务称谓与机构名称；依据：《中华人民共和国宪法》");
    ScreeningHit ad = matcher.screen("body", "本店限时抢购").get(0);
    assertThat(ad.describe()).startsWith("正文第3字起「限时抢购」：商业广告，删去商业广告内容（依据：白城市人社局政务新媒体管理办法第四条");
  }
}
