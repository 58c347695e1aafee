package org.govmedia.workflow.screening;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreeningWordRepository extends JpaRepository<ScreeningWord, Long> {

  Optional<ScreeningWord> findByCategoryAndWord(ScreeningCategory category, String word);
}
